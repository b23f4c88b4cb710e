using Spectre.Console.Cli;

namespace Graph.Cli.Commands.Neo4j;

/// <summary><c>graph push</c>: project the store into Neo4j (idempotent batched MERGE).</summary>
internal sealed class PushCommand : AsyncCommand<PushSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, PushSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.OpenExisting(settings.Store);
        if (store is null)
        {
            return ExitCodes.InputFailed;
        }

        return await StorePush.RunAsync(store, settings, cancellationToken);
    }
}
