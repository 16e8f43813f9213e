/**
 * Screens 100,000 postings in one process and checks that the heap does not grow with the input
 * (no caches keyed by posting text). Run with: npm run memory
 */
import { createScreener } from "../screen.js";

const TOTAL = Number(process.env.MEMORY_POSTINGS ?? 100_000);
const BOUND_MB = 16;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("run with node --expose-gc (npm run memory does)");
  process.exit(2);
}

const screener = createScreener();
const roles = ["Customer service", "Data entry", "Bank teller", "Nurse", "Driver", "Chat support"];
const places = ["Sihanoukville", "Manila", "Bangkok", "Myawaddy", "Jakarta", "Dubai", "Nairobi"];
// Every posting differs (numbers, handles, places), so any cache keyed by text would grow.
function posting(i: number): { title: string; description: string } {
  return {
    title: `${roles[i % roles.length]} #${i}`,
    description: `Work in ${places[i % places.length]}. Salary ${800 + (i % 977)} USD per month, ${i % 3 === 0 ? "no experience needed" : "2 years of experience"}. Contact Telegram @hr_${i.toString(36)} or +855 ${10_000_000 + i}. Ref ${i * 7919}.`,
  };
}

const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

for (let i = 0; i < 5_000; i++) screener.screen(posting(i));
const warm = heapMb();
const samples: string[] = [];
for (let i = 5_000; i < TOTAL; i++) {
  screener.screen(posting(i));
  if ((i + 1) % 20_000 === 0) samples.push(`${i + 1}: ${heapMb().toFixed(1)} MB`);
}
const end = heapMb();
const growth = end - warm;
console.log(`heap after warm-up (5,000 postings): ${warm.toFixed(1)} MB`);
console.log(samples.join("\n"));
console.log(`heap after ${TOTAL.toLocaleString("en")} postings: ${end.toFixed(1)} MB; growth ${growth.toFixed(2)} MB (bound ${BOUND_MB} MB); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (growth > BOUND_MB) {
  console.error("FAIL: the heap grew with the input");
  process.exit(1);
}
console.log("OK: no growth beyond the bound");
