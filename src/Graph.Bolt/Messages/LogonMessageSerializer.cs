using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes LOGON: <c>B1 6A {scheme, principal, credentials}</c>.</summary>
internal static class LogonMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, LogonMessage message)
    {
        writer.WriteStructHeader(1, MessageTag.Logon);
        writer.WriteMap(message.Auth.ToWire());
    }
}
