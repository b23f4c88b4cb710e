using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes TELEMETRY: <c>B1 54 api</c>.</summary>
internal static class TelemetryMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, TelemetryMessage message)
    {
        writer.WriteStructHeader(1, MessageTag.Telemetry);
        writer.WriteInt(message.Api);
    }
}
