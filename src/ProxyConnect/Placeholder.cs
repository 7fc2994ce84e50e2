namespace ProxyConnect;

/// <summary>Temporary.</summary>
public static class Placeholder { }
