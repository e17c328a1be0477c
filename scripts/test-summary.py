"""Sums the TRX files `dotnet test --logger trx` wrote: one line per test project, each failure with its reason,
and a total. A test project with no TRX file ran nothing (a build failure or a crashed test host) and counts as a
failure, unless --partial says a filter chose the tests. Usage: test-summary.py [--partial] RESULTS_DIR PROJECT.csproj...
Exits 1 when a test failed or a project did not run."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def main(results, projects, partial):
    ran = {}
    failures = []
    for trx in glob.glob(os.path.join(results, "**", "*.trx"), recursive=True):
        root = ET.parse(trx).getroot()
        counters = root.find("t:ResultSummary/t:Counters", NS).attrib
        storage = next((d.get("storage", "") for d in root.iterfind("t:TestDefinitions/t:UnitTest", NS)), "")
        # TRX keeps the test assembly's path in lower case.
        name = (os.path.splitext(os.path.basename(storage))[0] or os.path.basename(trx)).lower()
        ran[name] = {k: int(counters.get(k, 0)) for k in ("total", "passed", "failed", "notExecuted")}
        for result in root.iterfind("t:Results/t:UnitTestResult", NS):
            if result.get("outcome") == "Failed":
                message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS).strip()
                failures.append((name, result.get("testName"), message.splitlines()[0] if message else "(no message)"))

    expected = [os.path.splitext(os.path.basename(p))[0] for p in projects]
    ran = {next((e for e in expected if e.lower() == name), name): counts for name, counts in ran.items()}
    failures = [(next((e for e in expected if e.lower() == name), name), test, reason) for name, test, reason in failures]
    print()
    print("Test results")
    for name in expected:
        counts = ran.get(name)
        if counts is None:
            print(f"  {name}: ran no tests" + ("" if partial else " (it did not build, or its test host crashed; see above)"))
        else:
            print(f"  {name}: {counts['passed']} passed, {counts['failed']} failed, {counts['notExecuted']} not run, of {counts['total']}")
    for project, test, reason in failures:
        print(f"  FAILED {test} ({project}): {reason}")

    passed = sum(c["passed"] for c in ran.values())
    failed = sum(c["failed"] for c in ran.values())
    missing = [] if partial else [name for name in expected if name not in ran]
    not_run = sum(c["notExecuted"] for c in ran.values())
    print(f"{passed} passed, {failed} failed, {not_run} not run" + (f"; {len(missing)} test project(s) did not run" if missing else ""))
    return 1 if failed or missing else 0


if __name__ == "__main__":
    partial = len(sys.argv) > 1 and sys.argv[1] == "--partial"
    arguments = sys.argv[2:] if partial else sys.argv[1:]
    sys.exit(main(arguments[0], arguments[1:], partial))
