using Graph.Bolt.Protocol;

namespace Graph.Bolt.Tests.Protocol;

public sealed class VersionNegotiationTests
{
    [Fact]
    public void Handshake_proposes_5_8_to_5_1_then_4_4()
    {
        Assert.Equal("6060B017" + "00070805" + "00000404" + "00000000" + "00000000", Convert.ToHexString(VersionNegotiation.BuildHandshake()));
    }

    [Theory]
    [InlineData("00000805", 5, 8)]
    [InlineData("00000105", 5, 1)]
    [InlineData("00000404", 4, 4)]
    public void Reply_selects_a_proposed_version(string hex, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), VersionNegotiation.ParseReply(Convert.FromHexString(hex)));

    [Fact]
    public void Http_reply_explains_the_wrong_port()
    {
        var error = Assert.Throws<ProtocolException>(() => VersionNegotiation.ParseReply("HTTP"u8));
        Assert.Contains("HTTP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_reply_means_no_common_version()
    {
        var error = Assert.Throws<ProtocolException>(() => VersionNegotiation.ParseReply(new byte[4]));
        Assert.Contains("none of the Bolt versions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00000005")]
    [InlineData("00000304")]
    [InlineData("00000006")]
    [InlineData("00010805")]
    public void Versions_never_proposed_are_rejected(string hex) =>
        Assert.Throws<ProtocolException>(() => VersionNegotiation.ParseReply(Convert.FromHexString(hex)));
}
