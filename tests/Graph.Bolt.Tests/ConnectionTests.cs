using Graph.Bolt.Testing;

namespace Graph.Bolt.Tests;

public sealed class ConnectionTests
{
    [Theory]
    [InlineData("5.8")]
    [InlineData("5.4")]
    [InlineData("5.1")]
    public async Task Negotiates_the_highest_shared_5x_version_with_LOGON(string version)
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.SupportVersions(version).Init().TxQuery(1L).Commit());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            var result = await session.ExecuteWriteAsync(tx => tx.RunAsync("RETURN 1 AS x"));
            Assert.Equal(version, result.Summary.ProtocolVersion);
            Assert.Equal("Neo4j/5.26.0", result.Summary.Server);
        }

        await server.AssertScriptsCompletedAsync();
        var hello = server.Received.First(r => r.Message.Name == "HELLO").Message;
        Assert.False(hello.Extra.ContainsKey("credentials"));
        Assert.Equal(version is "5.8" or "5.4", hello.Extra.ContainsKey("bolt_agent"));
        var logon = server.Received.First(r => r.Message.Name == "LOGON").Message;
        Assert.Equal("basic", logon.Extra["scheme"]);
        Assert.Equal("neo4j", logon.Extra["principal"]);
        Assert.Equal("secret-password", logon.Extra["credentials"]);
    }

    [Fact]
    public async Task Bolt_4_4_sends_credentials_in_HELLO_and_asks_for_utc_datetimes()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.SupportVersions("4.4").Init().TxQuery(1L).Commit());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.DoesNotContain("LOGON", server.ReceivedNames);
        var hello = server.Received[0].Message.Extra;
        Assert.Equal("basic", hello["scheme"]);
        Assert.Equal(new object?[] { "utc" }, hello["patch_bolt"]);
    }

    [Fact]
    public async Task No_common_version_is_a_clear_protocol_error()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.SupportVersions("4.0", "3.0"));
        await using var driver = Scripts.Driver(server);
        var error = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("none of the Bolt versions", error.Message, StringComparison.Ordinal);
        await server.AssertScriptsCompletedAsync();
    }

    [Fact]
    public async Task An_HTTP_port_is_reported_as_such()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.HandshakeReply("HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray()));
        await using var driver = Scripts.Driver(server);
        var error = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("HTTP port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HELLO_and_LOGON_are_pipelined_and_an_auth_failure_is_typed()
    {
        await using var server = FakeBoltServer.Start();
        // The server reads both messages before answering either: a client waiting for HELLO's answer would hang.
        server.OnConnection(s => s.Expect("HELLO").Expect("LOGON")
            .Success(new Dictionary<string, object?> { ["server"] = "Neo4j/5.26.0" })
            .Failure("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.")
            .Close());
        await using var driver = Scripts.Driver(server, auth: AuthTokens.Basic("neo4j", "wrong"));
        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("unauthorized", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetriable);
        await server.AssertScriptsCompletedAsync();
    }

    [Fact]
    public async Task Bearer_and_none_tokens_are_sent_as_their_schemes()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init());
        server.OnConnection(s => s.Init());
        await using (var bearer = Scripts.Driver(server, auth: AuthTokens.Bearer("token-123")))
        {
            await bearer.VerifyConnectivityAsync();
        }

        await using (var none = Scripts.Driver(server, auth: AuthTokens.None))
        {
            await none.VerifyConnectivityAsync();
        }

        await server.AssertScriptsCompletedAsync();
        var logons = server.Received.Where(r => r.Message.Name == "LOGON").Select(r => r.Message.Extra).ToList();
        Assert.Equal("bearer", logons[0]["scheme"]);
        Assert.Equal("token-123", logons[0]["credentials"]);
        Assert.False(logons[0].ContainsKey("principal"));
        Assert.Equal(new Dictionary<string, object?> { ["scheme"] = "none" }, logons[1]);
    }

    [Fact]
    public void Tokens_never_show_their_credentials()
    {
        Assert.DoesNotContain("s3cr3t", AuthTokens.Basic("neo4j", "s3cr3t").ToString(), StringComparison.Ordinal);
        Assert.Contains("neo4j", AuthTokens.Basic("neo4j", "s3cr3t").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok", AuthTokens.Bearer("tok").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", new Graph.Bolt.Messages.LogonMessage(AuthTokens.Basic("u", "s3cr3t")).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt+ssc", true)]
    [InlineData("bolt+s", false)]
    public async Task Tls_with_a_self_signed_certificate_is_accepted_only_by_ssc(string scheme, bool accepted)
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = FakeBoltServer.Start(certificate);
        if (accepted)
        {
            server.OnConnection(s => s.Init().TxQuery("over tls").Commit());
        }

        await using (var driver = Scripts.Driver(server, scheme: scheme))
        {
            await using var session = driver.Session();
            if (accepted)
            {
                Assert.Equal("over tls", await session.WriteOneAsync());
            }
            else
            {
                var error = await Assert.ThrowsAsync<SecurityException>(() => driver.VerifyConnectivityAsync());
                Assert.Contains("+ssc", error.Message, StringComparison.Ordinal);
            }
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(accepted ? 3 : 0, server.ReceivedNames.Count(n => n is "BEGIN" or "RUN" or "PULL"));
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("bolt://localhost?policy=x")]
    [InlineData("not a uri")]
    public void Bad_uris_are_rejected(string uri) =>
        Assert.Throws<ArgumentException>(() => BoltDriver.Create(uri, AuthTokens.None));

    [Fact]
    public async Task An_unreachable_server_is_service_unavailable()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var driver = BoltDriver.Create($"bolt://127.0.0.1:{port}", AuthTokens.None);
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
    }
}
