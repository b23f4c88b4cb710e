using Graph.Cli.Output;
using Graph.Store.Resolution;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph entities</c>: the canonical entities, most mentioned first, with their aliases and merged ids.</summary>
internal sealed class EntitiesCommand : Command<EntitiesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EntitiesSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.OpenExisting(settings.Store);
        if (store is null)
        {
            return ExitCodes.InputFailed;
        }

        string? name = settings.Name is null ? null : AliasKey.Fold(settings.Name);
        var type = settings.EntityType;
        var entities = store.EntitySummaries()
            .Where(s => type is null || s.Entity.Type == type)
            .Where(s => name is null || s.Entity.Aliases.Append(s.Entity.Name).Any(n => AliasKey.Fold(n).Contains(name, StringComparison.Ordinal)))
            .ToList();
        EntitiesView.RenderEntities(entities.Take(settings.Top).ToList(), entities.Count, settings.Format == "json");
        return ExitCodes.Success;
    }
}
