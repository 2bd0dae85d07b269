// Fails the test run when the end-to-end tests were expected but did not all run and pass:
// a skipped or missing e2e test must never look like a green build.
import * as fs from "node:fs";

interface AssertionResult {
  status: "passed" | "failed" | "skipped" | "pending" | "todo" | "disabled";
}
interface Report {
  testResults: Array<{ name: string; assertionResults: AssertionResult[] }>;
}

const [reportPath, extraArgs] = process.argv.slice(2);
const report: Report = JSON.parse(fs.readFileSync(reportPath, "utf8"));
const count = (files: Report["testResults"], status: AssertionResult["status"]) =>
  files.flatMap((f) => f.assertionResults).filter((a) => a.status === status).length;

const all = report.testResults;
const e2e = all.filter((f) => f.name.includes("/test/e2e/"));
const summary = (files: Report["testResults"]) =>
  `${count(files, "passed")} passed, ${count(files, "failed")} failed, ${count(files, "skipped") + count(files, "todo")} skipped`;

console.log(`e2e: ${summary(e2e)}`);
const e2eExpected = extraArgs === "0";
if (e2eExpected && (count(e2e, "passed") === 0 || count(e2e, "skipped") + count(e2e, "todo") > 0)) {
  console.error("The end-to-end tests did not all run: a skipped or missing e2e test fails the build.");
  process.exit(1);
}
console.log(`all: ${summary(all)}`);
