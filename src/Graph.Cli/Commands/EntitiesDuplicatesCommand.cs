using Graph.Cli.Output;
using Graph.Store.Resolution;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph entities duplicates</c>: entities that may be one, not merged yet, each with the command that merges them.</summary>
internal sealed class EntitiesDuplicatesCommand : Command<EntitiesDuplicatesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EntitiesDuplicatesSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.OpenExisting(settings.Store);
        if (store is null)
        {
            return ExitCodes.InputFailed;
        }

        var candidates = store.Duplicates(UserDecisions.PathFor(settings.Store));
        var names = store.ResolutionEntities().ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        EntitiesView.RenderDuplicates(candidates.Take(settings.Top).ToList(), candidates.Count, names, settings.Format == "json");
        return ExitCodes.Success;
    }
}
