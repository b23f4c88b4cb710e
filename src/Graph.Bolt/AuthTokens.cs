namespace Graph.Bolt;

/// <summary>Factory for the supported authentication tokens.</summary>
public static class AuthTokens
{
    /// <summary>No authentication (servers started with auth disabled).</summary>
    public static AuthToken None { get; } = new("none", null, null);

    /// <summary>User name and password.</summary>
    public static AuthToken Basic(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken("basic", user, password);
    }

    /// <summary>A bearer token (SSO / OIDC).</summary>
    public static AuthToken Bearer(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new AuthToken("bearer", null, token);
    }
}
