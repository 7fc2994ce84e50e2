using ApprovalTests;

namespace ProxyConnect.Testing.Tests.Support;

/// <summary>Runs an assertion that must fail and snapshots its message.</summary>
internal static class Failure
{
    /// <summary>The message of the assertion failure <paramref name="assertion"/> throws.</summary>
    public static string Of(Action assertion)
    {
        // FluentAssertions throws xUnit's own exception type when it detects xUnit.
        var exception = Assert.ThrowsAny<Xunit.Sdk.XunitException>(assertion);
        return exception.Message;
    }

    /// <summary>Asserts that <paramref name="assertion"/> fails and verifies its message against the test's
    /// <c>*.approved.txt</c>.</summary>
    public static void Verify(Action assertion) => Approvals.Verify(Of(assertion));
}
