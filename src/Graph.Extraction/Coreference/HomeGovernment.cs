using Graph.Extraction.Events;
using Graph.Extraction.Mentions;
using Graph.Model;

namespace Graph.Extraction.Coreference;

/// <summary>
/// Whose officials a government's statement, readout or remarks names without saying whose they are. The writer leaves a
/// national government's title unqualified for the issuing government's own people ("Deputy Attorney General X" in a
/// readout of that government) and qualifies the others ("President Y of Peru"): when every such officeholder whose
/// country the dictionary of officeholders knows serves one country, the others serve it too. Heads of state and government
/// are named with the plain title whatever their country ("President X"), and mayors, judges, officers and legislators
/// hold no office of a country's government: both are left alone. A joint statement of several governments gives none.
/// </summary>
internal static class HomeGovernment
{
    /// <summary>Gives that country to the article's unqualified officeholders whose country is unknown.</summary>
    public static void Apply(ExtractionContext context)
    {
        // A joint statement of several governments names officials of each without saying whose.
        if (!StatementIssuer.IsStatement(context) || StatementIssuer.Find(context).Count > 1)
        {
            return;
        }

        var unqualified = UnqualifiedOfficials(context);
        // Whom the headline says the issuer met or called serves another government ("Call with President Y").
        IReadOnlySet<string> counterparts = StatementIssuer.Counterparts(context);
        var countries = unqualified.Where(r => !counterparts.Contains(r.Id))
            .Select(r => r.CountryId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (countries.Count != 1)
        {
            return;
        }

        foreach (EntityRecord person in unqualified.Where(r => r.CountryId is null && !context.Resources.Gazetteer.IsHeadOffice(r.Title ?? string.Empty)))
        {
            person.CountryId = countries[0];
        }
    }

    /// <summary>
    /// The people the article names with a title of a state's office and leaves unsaid whose it is, nowhere stated
    /// ("Home Secretary X"), in order of their first mention.
    /// </summary>
    internal static List<EntityRecord> UnqualifiedOfficials(ExtractionContext context) => context.Mentions
        .Where(m => m.EffectiveType == EntityType.Person && m.Kind == MentionKind.Name && m.EntityIds.Count == 1
            && context.Resources.Gazetteer.IsStateOffice(m.Title!)
            && context.LeavesTitleHolderUnsaid(m))
        .Select(m => context.Entities.Find(m.EntityIds[0]))
        .OfType<EntityRecord>()
        .Where(r => !r.HolderStated)
        .Distinct()
        .ToList();
}
