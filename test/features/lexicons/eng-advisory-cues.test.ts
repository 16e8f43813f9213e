import { advisoryCueTable } from "./advisory-cue-table.js";

// Ordinary ways English advisories, news briefs, notices and forum answers warn job seekers: each such
// line is one advisory cue. A short advisory (an SMS alert, a poster, a tweet) has room for three or
// four of them, and before these it read as the lure it quotes. A lure that borrows a warning to look
// careful ("don't be fooled by other agencies, we are the real one"), denies one ("this is not a
// scam", "no ransom, no beatings") or asks it to dismiss it ("worried it is a scam? don't be") is not one.

advisoryCueTable("English advisory cues", "eng", {
  counted: [
    ["do not fall for offers of easy work", "Do not fall for offers of easy work and high pay abroad."],
    ["don't be lured by promises", "Don't be lured by promises of USD 1,500 a month."],
    ["beware of ads offering such jobs", "Beware of ads offering customer service jobs in Thailand with free tickets."],
    ["be suspicious of jobs promising high pay", "Be suspicious of jobs that promise high pay for simple typing work."],
    ["it is a scam", "If the interview is only on Telegram, it is a scam."],
    ["a typical job scam", "It is a typical job scam."],
    ["these are trafficking traps", "These are trafficking traps."],
    ["workers were rescued", "Eleven workers were rescued last week."],
    ["the embassy repatriated nationals", "The embassy has repatriated 40 nationals."],
    ["escaped after months", "He escaped after three months and returned home."],
    ["beaten when targets were missed", "They were beaten if they missed their targets."],
    ["ransom demanded from families", "Their families were asked to pay ransom for their release."],
    ["sold on to another compound", "Several were sold to another compound."],
    ["lured by a fake ad", "She was lured by a fake job ad."],
    ["lost contact with their families", "They lost contact with their families."],
    ["victims had passports taken", "Victims had their passports taken on arrival."],
    ["the authorities warned job seekers", "Authorities warned job seekers against offers of high salaries in Southeast Asia."],
    ["job seekers are advised", "Job seekers are advised to verify recruiters through official channels."],
    ["working on a tourist visa is illegal", "Working on a tourist visa is illegal."],
    ["never travel on a tourist visa", "Never travel on a tourist visa to work."],
    ["verify an overseas job with the migrant-workers department", "Verify any overseas job with the Department of Migrant Workers."],
    ["check with the labour ministry", "Check with the labour ministry before you travel."],
    ["check the employer before you pay", "Check the employer and the contract before you pay anything."],
    ["tell your family where you are going", "Tell your family where you are going and the name of the employer."],
    ["never hand over your passport", "Never hand over your passport to anyone."],
    ["a real employer never asks for that", "A real employer will never ask you to travel on a tourist visa."],
    ["too good to be true, it probably is", "If it sounds too good to be true, it probably is."],
    ["do not reply to unsolicited offers", "Do not respond to unsolicited job offers on social media."],
    ["share this warning", "Please share this warning with your friends."],
    ["seek advice from the embassy", "Seek advice from the embassy before you leave."],
  ],
  notCounted: [
    ["a lure warning against other agencies", "Don't be fooled by other agencies, we are the real one."],
    ["a lure denying it is a scam", "This is not a scam, we are a registered company."],
    ["a lure asking whether it is a scam, to dismiss it", "Worried it is a scam? Don't be, we pay every month."],
    ["a lure calling the tourist-visa rule a rumour", "Working on a tourist visa is illegal? That is just a rumour."],
    ["a lure telling the recruit to hide the job from family", "Don't tell your family about the job until you arrive."],
    ["a lure telling the recruit to tell family of the opportunity", "Tell your family and friends about this great opportunity!"],
    ["a lure denying ransom and beatings", "No ransom, no beatings, our staff are happy."],
    ["a lure that says it cannot be too good to be true", "If it sounds too good to be true, it's not! Our salary is real."],
    ["a lure's own licence to verify", "Verify our licence with the DMW."],
    ["a recruiter checking documents at the embassy for the applicant", "We will check your documents at the embassy for you."],
    ["goods sold, not people", "Over 1,000 units were sold last month by our sales team."],
    ["workers who will not be beaten", "Our workers won't get beaten, the boss is kind."],
  ],
});
