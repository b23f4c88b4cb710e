using Graph.View.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Graph.View.Hosting;

/// <summary>Serves the front end's embedded files: <c>index.html</c> at <c>/</c>, every other file at its path.</summary>
internal static class AssetRoutes
{
    /// <summary>Adds the catch-all route for the files (API routes take precedence).</summary>
    public static void Map(IEndpointRouteBuilder routes, EmbeddedAssets assets) =>
        routes.MapGet("/{**path}", context =>
        {
            string path = context.Request.RouteValues["path"] as string ?? string.Empty;
            if (path.Length == 0)
            {
                path = "index.html";
            }

            if (assets.Bytes(path) is not { } bytes)
            {
                throw new ApiException(404, $"no file {context.Request.Path}");
            }

            context.Response.ContentType = ContentTypes.Of(path);
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.ContentLength = bytes.Length;
            return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
        });
}
