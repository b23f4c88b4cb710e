using System.ComponentModel;
using System.Globalization;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph view</c>.</summary>
internal sealed class ViewSettings : StoreSettings
{
    /// <summary>The address to listen on.</summary>
    [CommandOption("--host <ADDRESS>")]
    [Description("Address to listen on: an IP address or localhost. Default: 127.0.0.1 (this machine only)")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 lets the system choose.</summary>
    [CommandOption("--port <N>")]
    [Description("Port to listen on; 0 picks a free one. Default: 0")]
    [DefaultValue(0)]
    public int Port { get; init; }

    /// <summary>Open the explorer in the default browser.</summary>
    [CommandOption("--open")]
    [Description("Open the explorer in the default browser (xdg-open)")]
    public bool Open { get; init; }

    /// <summary>Write a self-contained HTML file instead of serving.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("Write the explorer with the graph inlined as one self-contained HTML file instead of serving it")]
    public string? Out { get; init; }

    /// <summary>Centre of the subgraph written with <c>--out</c>.</summary>
    [CommandOption("--around <NAME>")]
    [Description("With --out: only the entities within --depth steps of this one (a name or alias, found as search finds it)")]
    public string? Around { get; init; }

    /// <summary>Steps from <see cref="Around"/>.</summary>
    [CommandOption("--depth <N>")]
    [Description("With --around: how many steps from it are kept (0 to 10). Default: 2")]
    [DefaultValue(2)]
    public int Depth { get; init; } = 2;

    /// <summary>First evidence date kept, as yyyy-MM-dd.</summary>
    [CommandOption("--since <DATE>")]
    [Description("With --out: only relations with an evidence date on or after DATE (yyyy-MM-dd)")]
    public string? Since { get; init; }

    /// <summary>The parsed <see cref="Since"/>.</summary>
    public DateOnly? SinceDate =>
        Since is null ? null : DateOnly.ParseExact(Since, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(Host, out _))
        {
            return ValidationResult.Error($"--host: '{Host}' is not an IP address or localhost");
        }

        if (Port is < 0 or > IPEndPoint.MaxPort)
        {
            return ValidationResult.Error($"--port: {Port} is out of range (0 to {IPEndPoint.MaxPort})");
        }

        if (Depth is < 0 or > 10)
        {
            return ValidationResult.Error($"--depth: {Depth} is out of range (0 to 10)");
        }

        if (Since is not null && !DateOnly.TryParseExact(Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--since: '{Since}' is not a date as yyyy-MM-dd");
        }

        if (Out is null && (Around is not null || Since is not null))
        {
            return ValidationResult.Error("--around and --since select what --out writes; give --out FILE.html too");
        }

        return ValidationResult.Success();
    }
}
