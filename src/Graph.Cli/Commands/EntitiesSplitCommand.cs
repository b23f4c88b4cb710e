using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph entities split A B…</c>: records that A and each B are never one entity, then recomputes resolution.</summary>
internal sealed class EntitiesSplitCommand : Command<EntitiesSplitSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EntitiesSplitSettings settings, CancellationToken cancellationToken) =>
        EntityDecisions.Record(settings.Store, "split", settings.First, settings.Others);
}
