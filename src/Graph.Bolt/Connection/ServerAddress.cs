using System.Globalization;

namespace Graph.Bolt.Connection;

/// <summary>A server's host and port (default 7687).</summary>
internal sealed record ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    /// <summary>Parses <c>host</c>, <c>host:port</c> or <c>[ipv6]:port</c>.</summary>
    public static ServerAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.StartsWith('['))
        {
            int close = text.IndexOf(']', StringComparison.Ordinal);
            string host = text[1..close];
            return close + 1 < text.Length && text[close + 1] == ':'
                ? new ServerAddress(host, int.Parse(text[(close + 2)..], CultureInfo.InvariantCulture))
                : new ServerAddress(host, DefaultPort);
        }

        int colon = text.LastIndexOf(':');
        return colon > 0 && text.IndexOf(':', StringComparison.Ordinal) == colon
            ? new ServerAddress(text[..colon], int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture))
            : new ServerAddress(text, DefaultPort);
    }

    /// <summary><c>host:port</c>, as routing tables and the routing context spell it.</summary>
    public override string ToString() =>
        (Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]:" : Host + ":") + Port.ToString(CultureInfo.InvariantCulture);
}
