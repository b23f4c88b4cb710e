using System.Globalization;
using Graph.View.Data;

namespace Graph.View.Api;

/// <summary><c>GET /api/timeline</c> (+ filters): evidence dates of the relations that pass, per month.</summary>
internal static class TimelineEndpoint
{
    /// <summary>The histogram, months ascending; months without evidence are left out.</summary>
    public static TimelineResponse Answer(ViewGraph graph, QueryParameters query)
    {
        var filter = FilterParameters.Parse(query);
        var bins = graph.Relations
            .Where(r => filter.Passes(r, graph))
            .SelectMany(r => r.Dates)
            .Where(filter.InRange)
            .CountBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => new MonthBin(b.Key, b.Value));
        return new TimelineResponse([.. bins]);
    }
}

/// <summary>The answer of <c>/api/timeline</c>.</summary>
/// <param name="Bins">Evidence dates per month.</param>
public sealed record TimelineResponse(IReadOnlyList<MonthBin> Bins);

/// <summary>Evidence dates in one month.</summary>
/// <param name="Month">yyyy-MM.</param>
/// <param name="Count">How many.</param>
public sealed record MonthBin(string Month, int Count);
