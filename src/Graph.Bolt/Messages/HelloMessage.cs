using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>HELLO: opens the session with the server's agent data, routing context and (Bolt 4.4 only) credentials.</summary>
/// <param name="UserAgent">The <c>user_agent</c> string.</param>
/// <param name="Routing">Routing context (null = direct connection).</param>
/// <param name="BoltAgent">The <c>bolt_agent</c> dictionary (null before Bolt 5.3).</param>
/// <param name="Auth">Credentials carried in HELLO (Bolt 4.4 / 5.0 only; null otherwise).</param>
/// <param name="PatchUtc">Ask a 4.4 server for UTC DateTime encoding (<c>patch_bolt: ["utc"]</c>).</param>
internal sealed record HelloMessage(
    string UserAgent,
    IReadOnlyDictionary<string, object?>? Routing,
    BoltAgent? BoltAgent,
    AuthToken? Auth,
    bool PatchUtc) : IRequestMessage
{
    public string Name => "HELLO";

    public void WriteTo(PackStreamWriter writer) => HelloMessageSerializer.Serialize(writer, this);

    /// <summary>Redacts the credentials.</summary>
    public override string ToString() => $"HELLO {{ user_agent = {UserAgent}, routing = {(Routing is null ? "null" : "{…}")}, auth = {Auth} }}";
}
