using System;

namespace ProxyConnect.Sensors;

/// <summary>One problem found in a settings object: which property, and why. Messages never contain a password.</summary>
public sealed record SettingsProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="propertyName">The property the problem is about, such as <c>Address</c>.</param>
    /// <param name="message">Why the value was rejected, in one line.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SettingsProblem(string propertyName, string message)
    {
        PropertyName = propertyName ?? throw new ArgumentNullException(nameof(propertyName));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The property the problem is about, such as <c>Address</c> or <c>Port</c>.</summary>
    public string PropertyName { get; }

    /// <summary>Why the value was rejected, in one line.</summary>
    public string Message { get; }

    /// <summary><c>PropertyName: Message</c>.</summary>
    /// <returns>The property name and the message.</returns>
    public override string ToString() => PropertyName + ": " + Message;
}
