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
        // Counted by month number first: formatting every date of a large graph would dominate the time.
        var counts = new Dictionary<int, int>();
        foreach (var relation in graph.Relations)
        {
            if (!filter.Passes(relation))
            {
                continue;
            }

            foreach (var date in relation.Dates)
            {
                if (filter.InRange(date))
                {
                    int month = (date.Year * 12) + date.Month - 1;
                    counts[month] = counts.GetValueOrDefault(month) + 1;
                }
            }
        }

        return new TimelineResponse(
        [
            .. counts.OrderBy(c => c.Key).Select(c => new MonthBin(
                string.Create(CultureInfo.InvariantCulture, $"{c.Key / 12:D4}-{(c.Key % 12) + 1:D2}"), c.Value)),
        ]);
    }
}

/// <summary>The answer of <c>/api/timeline</c>.</summary>
/// <param name="Bins">Evidence dates per month.</param>
public sealed record TimelineResponse(IReadOnlyList<MonthBin> Bins);

/// <summary>Evidence dates in one month.</summary>
/// <param name="Month">yyyy-MM.</param>
/// <param name="Count">How many.</param>
public sealed record MonthBin(string Month, int Count);
