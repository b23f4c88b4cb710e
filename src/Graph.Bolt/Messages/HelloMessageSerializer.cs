using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>Writes HELLO: <c>B1 01 {extra}</c>.</summary>
internal static class HelloMessageSerializer
{
    public static void Serialize(PackStreamWriter writer, HelloMessage message)
    {
        var auth = message.Auth?.ToWire();
        int count = 1 // user_agent
            + (message.Routing is null ? 0 : 1)
            + (message.BoltAgent is null ? 0 : 1)
            + (message.PatchUtc ? 1 : 0)
            + (auth?.Count ?? 0);
        writer.WriteStructHeader(1, MessageTag.Hello);
        writer.WriteMapHeader(count);
        writer.WriteString("user_agent");
        writer.WriteString(message.UserAgent);
        if (message.Routing is not null)
        {
            writer.WriteString("routing");
            writer.WriteMap(message.Routing);
        }

        if (message.BoltAgent is { } agent)
        {
            writer.WriteString("bolt_agent");
            writer.WriteMapHeader(4);
            writer.WriteString("product");
            writer.WriteString(agent.Product);
            writer.WriteString("platform");
            writer.WriteString(agent.Platform);
            writer.WriteString("language");
            writer.WriteString(agent.Language);
            writer.WriteString("language_details");
            writer.WriteString(agent.LanguageDetails);
        }

        if (message.PatchUtc)
        {
            writer.WriteString("patch_bolt");
            writer.WriteListHeader(1);
            writer.WriteString("utc");
        }

        if (auth is not null)
        {
            foreach (var (key, value) in auth)
            {
                writer.WriteString(key);
                writer.WriteValue(value);
            }
        }
    }
}
