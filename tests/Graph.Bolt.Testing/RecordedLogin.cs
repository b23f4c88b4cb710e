namespace Graph.Bolt.Testing;

/// <summary>A connection's initialization as a <see cref="StatementResponder"/> saw it.</summary>
/// <param name="Connection">The connection's number on the server (1-based).</param>
/// <param name="Version">The Bolt version the handshake settled on.</param>
/// <param name="Hello">HELLO's extra map (<c>user_agent</c>, <c>bolt_agent</c>, <c>routing</c> …).</param>
/// <param name="Auth">The credentials map: LOGON's on Bolt 5.1+, HELLO's before.</param>
public sealed record RecordedLogin(
    int Connection,
    (int Major, int Minor) Version,
    IReadOnlyDictionary<string, object?> Hello,
    IReadOnlyDictionary<string, object?> Auth);
