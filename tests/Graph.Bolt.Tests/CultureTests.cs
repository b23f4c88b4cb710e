using System.Globalization;
using Graph.Bolt.Framing;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Tests;

/// <summary>
/// Text the library writes is the same under every culture: a decimal comma (de-DE), a Unicode minus sign
/// (sv-SE) and a non-Gregorian calendar (th-TH) leave values, messages and what goes to the server unchanged.
/// </summary>
public sealed class CultureTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("sv-SE")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void ValueText_IsTheSameUnderEveryCulture(string culture)
    {
        string[] invariant = Under(CultureInfo.InvariantCulture, Texts);

        string[] local = Under(CultureInfo.GetCultureInfo(culture), Texts);

        Assert.Equal(invariant, local);
        Assert.Equal("2017-06-05", local[0]);
        Assert.Equal("P-1M-2DT-3.000000005S", local[2]);
        Assert.Contains("X = 51.53, Y = -25.28", local[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadTimeoutMessage_UsesAPoint_UnderADecimalCommaCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            using var reader = new ChunkReader(new SilentStream()) { ReadTimeout = TimeSpan.FromMilliseconds(250) };

            var error = await Assert.ThrowsAsync<IOException>(async () => await reader.ReadMessageAsync(CancellationToken.None));

            Assert.StartsWith("The server sent nothing for 0.25 s", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string[] Texts() =>
    [
        new BoltDate(17322).ToString(),
        new BoltDate(-1_000_000_000).ToString(),
        new BoltDuration(-1, -2, -3, 5).ToString(),
        new BoltPoint(4326, 51.53, -25.28, 1.5).ToString(),
        new BoltVersion(5, 4).ToString(),
        new BoltDateTime(1_500_000_000, 123, -3600).ToString(),
        new BoltLocalTime(45_296_000_000_123).ToString(),
    ];

    private static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    /// <summary>A connection on which the server never sends a byte.</summary>
    private sealed class SilentStream : MemoryStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }
}
