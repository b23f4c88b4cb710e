using Graph.View.Api;
using Microsoft.Extensions.Primitives;

namespace Graph.View.Tests.Support;

/// <summary>Query parameters as an endpoint receives them, from a query string's text.</summary>
public static class QueryOf
{
    /// <summary>The parameters of <paramref name="query"/> (<c>a=1&amp;b=2</c>, no escapes).</summary>
    public static QueryParameters Text(string query) =>
        new(query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, StringValues>(p[0], p[1])));
}
