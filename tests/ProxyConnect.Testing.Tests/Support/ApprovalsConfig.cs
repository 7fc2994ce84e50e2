using ApprovalTests.Reporters;

// CI must never try to open a diff tool: a mismatch fails the test and leaves a *.received.txt file.
[assembly: UseReporter(typeof(QuietReporter))]
