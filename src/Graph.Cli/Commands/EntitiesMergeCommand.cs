using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph entities merge KEEP OTHER…</c>: records that each OTHER is KEEP, then recomputes resolution.</summary>
internal sealed class EntitiesMergeCommand : Command<EntitiesMergeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EntitiesMergeSettings settings, CancellationToken cancellationToken) =>
        EntityDecisions.Record(settings.Store, "merge", settings.Keep, settings.Others);
}
