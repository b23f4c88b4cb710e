namespace Graph.Cli.Commands;

/// <summary>Arguments of <c>graph entities duplicates</c>.</summary>
internal sealed class EntitiesDuplicatesSettings : EntitiesListingSettings
{
}
