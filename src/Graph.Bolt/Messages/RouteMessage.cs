using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>ROUTE (4.4+ form): asks for the routing table of <paramref name="Database"/>.</summary>
/// <param name="Routing">Routing context (includes <c>address</c>).</param>
/// <param name="Bookmarks">Bookmarks.</param>
/// <param name="Database">Database name, null for the home database.</param>
internal sealed record RouteMessage(IReadOnlyDictionary<string, object?> Routing, IReadOnlyList<string> Bookmarks, string? Database)
    : IRequestMessage
{
    public string Name => "ROUTE";

    public void WriteTo(PackStreamWriter writer) => RouteMessageSerializer.Serialize(writer, this);
}
