namespace Graph.View.Api;

/// <summary>A request the API refuses: the status code and the one-line reason sent as <c>{"error": ...}</c>.</summary>
public sealed class ApiException : Exception
{
    /// <summary>Creates the refusal.</summary>
    public ApiException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    /// <summary>Creates a 400 refusal.</summary>
    public ApiException(string message)
        : this(400, message)
    {
    }

    /// <summary>Creates a 400 refusal (for serializers).</summary>
    public ApiException()
        : this(400, "bad request")
    {
    }

    /// <summary>Creates a 400 refusal wrapping another error.</summary>
    public ApiException(string message, Exception innerException)
        : base(message, innerException) => StatusCode = 400;

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>A 404 for an id the graph does not hold.</summary>
    public static ApiException NotFound(string what, string id) => new(404, $"no {what} with id '{id}'");
}
