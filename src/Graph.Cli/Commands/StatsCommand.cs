using Graph.Cli.Output;
using Graph.Store;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph stats</c>: what the store holds.</summary>
internal sealed class StatsCommand : Command<StoreSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.OpenExisting(settings.Store);
        if (store is null)
        {
            return ExitCodes.InputFailed;
        }

        SummaryView.Render(null, store.Statistics(), merged: store.CurrentMerges().Count);
        return ExitCodes.Success;
    }
}
