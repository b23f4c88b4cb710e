using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>LOGON (Bolt 5.1+): authenticates the connection.</summary>
/// <param name="Auth">The credentials.</param>
internal sealed record LogonMessage(AuthToken Auth) : IRequestMessage
{
    public string Name => "LOGON";

    public void WriteTo(PackStreamWriter writer) => LogonMessageSerializer.Serialize(writer, this);

    /// <summary>Redacts the credentials.</summary>
    public override string ToString() => $"LOGON {Auth}";
}
