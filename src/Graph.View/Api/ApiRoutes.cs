using System.Text;
using Graph.View.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Graph.View.Api;

/// <summary>Maps every API endpoint to its answer; each answers from the in-memory graph, never the store.</summary>
internal static class ApiRoutes
{
    /// <summary>The content type of every API answer.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Adds the endpoints under <c>/api/</c>.</summary>
    public static void Map(IEndpointRouteBuilder routes, ViewGraph graph)
    {
        routes.MapGet("/api/meta", context => Write(context, MetaEndpoint.Answer(graph)));
        routes.MapGet("/api/search", context => Write(context, SearchEndpoint.Answer(graph, Query(context))));
        routes.MapGet("/api/top", context => Write(context, TopEndpoint.Answer(graph, Query(context))));
        routes.MapGet("/api/node/{id}", context => Write(context, NodeEndpoint.Answer(graph, Id(context), Query(context))));
        routes.MapGet("/api/node/{id}/neighbours", context => Write(context, NeighboursEndpoint.Answer(graph, Id(context), Query(context))));
        routes.MapGet("/api/path", context => Write(context, PathEndpoint.Answer(graph, Query(context))));
        routes.MapGet("/api/fact/{id}", context => Write(context, FactEndpoint.Answer(graph, Id(context))));
        routes.MapGet("/api/timeline", context => Write(context, TimelineEndpoint.Answer(graph, Query(context))));
        routes.MapGet("/api/article/{id}", context => Write(context, ArticleEndpoint.Answer(graph, Id(context))));
        routes.MapGet("/api/dump", context => Write(context, DumpEndpoint.Answer(graph, Query(context))));
        routes.MapGet("/api/{**rest}", context => throw new ApiException(404, $"no API endpoint {context.Request.Path}"));
    }

    /// <summary>Writes <paramref name="value"/> as the JSON answer with <paramref name="statusCode"/>.</summary>
    public static Task Write(HttpContext context, object value, int statusCode = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonContentType;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(ApiJson.Serialize(value), Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>Writes <c>{"error": message}</c> with <paramref name="statusCode"/>.</summary>
    public static Task WriteError(HttpContext context, int statusCode, string message) =>
        Write(context, new ErrorResponse(message), statusCode);

    private static QueryParameters Query(HttpContext context) => new(context.Request.Query);

    private static string Id(HttpContext context) => context.Request.RouteValues["id"] as string ?? string.Empty;
}

/// <summary>The answer to a refused request.</summary>
/// <param name="Error">What was wrong, in one line.</param>
public sealed record ErrorResponse(string Error);
