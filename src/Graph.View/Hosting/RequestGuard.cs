using Graph.View.Api;
using Microsoft.AspNetCore.Http;

namespace Graph.View.Hosting;

/// <summary>
/// What every request passes first: a Host header naming this server (so a web page elsewhere cannot reach
/// it through DNS rebinding), GET only (the explorer is read-only), headers that keep the page from loading
/// anything from elsewhere, and refusals written as <c>{"error": ...}</c> rather than an exception.
/// </summary>
internal sealed class RequestGuard(IReadOnlySet<string> allowedHosts)
{
    // The page may run its own inline code (the self-contained file is all inline) but load nothing from elsewhere.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Runs <paramref name="next"/> when the request may pass, else answers it.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        if (!allowedHosts.Contains(context.Request.Host.Host))
        {
            await ApiRoutes.WriteError(context, StatusCodes.Status400BadRequest, "this server answers only requests addressed to its own address");
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method))
        {
            headers.Allow = "GET";
            await ApiRoutes.WriteError(context, StatusCodes.Status405MethodNotAllowed, $"{context.Request.Method} not allowed: the explorer is read-only (GET only)");
            return;
        }

        try
        {
            await next(context);
        }
        catch (ApiException ex) when (!context.Response.HasStarted)
        {
            await ApiRoutes.WriteError(context, ex.StatusCode, ex.Message);
        }
#pragma warning disable CA1031 // A bug in one answer is a 500 for that request, never a dead server or a stack trace on the wire.
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await ApiRoutes.WriteError(context, StatusCodes.Status500InternalServerError, "internal error: " + ex.GetType().Name);
        }
    }
}
