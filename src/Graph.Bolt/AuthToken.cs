namespace Graph.Bolt;

/// <summary>
/// Credentials sent in LOGON (or HELLO on Bolt 4.4). Built with <see cref="AuthTokens"/>.
/// <see cref="ToString"/> never reveals the credentials.
/// </summary>
public sealed class AuthToken
{
    internal AuthToken(string scheme, string? principal, string? credentials)
    {
        Scheme = scheme;
        Principal = principal;
        Credentials = credentials;
    }

    /// <summary>The authentication scheme: <c>basic</c>, <c>bearer</c> or <c>none</c>.</summary>
    public string Scheme { get; }

    /// <summary>The user name (basic scheme), or null.</summary>
    public string? Principal { get; }

    internal string? Credentials { get; }

    /// <summary>The dictionary sent on the wire; keep it out of logs.</summary>
    internal Dictionary<string, object?> ToWire()
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["scheme"] = Scheme };
        if (Principal is not null)
        {
            map["principal"] = Principal;
        }

        if (Credentials is not null)
        {
            map["credentials"] = Credentials;
        }

        return map;
    }

    /// <summary>Describes the token with its credentials redacted.</summary>
    public override string ToString() =>
        Principal is null
            ? $"AuthToken {{ Scheme = {Scheme}{(Credentials is null ? "" : ", Credentials = ******")} }}"
            : $"AuthToken {{ Scheme = {Scheme}, Principal = {Principal}, Credentials = ****** }}";
}
