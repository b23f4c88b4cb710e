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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Adds the endpoints under <c>/api/</c>.</summary>
    public static void Map(IEndpointRouteBuilder routes, ViewGraph graph)
    {
        // The counts never change while serving: computed once.
        var meta = MetaEndpoint.Answer(graph);
        routes.MapGet("/api/meta", context => Write(context, meta));
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
    public static async Task Write(HttpContext context, object value, int statusCode = StatusCodes.Status200OK)
    {
        // Serialized whole, then sent with its length in one write: a large answer goes out without chunked
        // framing and without a flush per buffer, which costs more than the copy on a busy machine.
        using var body = new MemoryStream();
        using (var writer = new StreamWriter(body, Utf8, bufferSize: 1 << 14, leaveOpen: true))
        {
            ApiJson.Write(writer, value);
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonContentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted).ConfigureAwait(false);
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
