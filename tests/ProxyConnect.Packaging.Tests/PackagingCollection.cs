using ProxyConnect.Packaging.Tests.Support;

namespace ProxyConnect.Packaging.Tests;

/// <summary>All packaging tests share one pack (slow) and run one after another (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class PackagingCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed feed";
}
