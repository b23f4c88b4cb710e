using System.Reflection;
using Graph.Store;

namespace Graph.Cli;

/// <summary>
/// An error no command handled: reported as one line naming the command and what failed, with the stack
/// trace only when asked for (<c>--debug</c> anywhere on the command line, or <c>GRAPH_DEBUG=1</c>).
/// </summary>
internal static class UnexpectedError
{
    /// <summary>The option that asks for the trace; every command accepts it.</summary>
    public const string DebugOption = "--debug";

    /// <summary>The environment variable that asks for the trace.</summary>
    public const string DebugVariable = "GRAPH_DEBUG";

    /// <summary>Removes <see cref="DebugOption"/> from <paramref name="args"/>; true when it or the variable asks for traces.</summary>
    public static bool TakeDebug(ref string[] args)
    {
        bool option = args.Contains(DebugOption, StringComparer.Ordinal);
        args = [.. args.Where(a => a != DebugOption)];
        string? variable = Environment.GetEnvironmentVariable(DebugVariable);
        return option || variable is "1" or "true" or "yes";
    }

    /// <summary>The one line that reports <paramref name="exception"/> thrown by the command in <paramref name="args"/>.</summary>
    public static string Line(string[] args, Exception exception, bool debug)
    {
        var cause = Unwrap(exception);
        string hint = debug ? string.Empty : $" ({DebugOption} or {DebugVariable}=1 shows the trace)";

        // A damaged store is not a bug of the command: its message already names the file and the culprit.
        if (cause is StoreException)
        {
            return "error: " + cause.Message + hint;
        }

        string command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "graph";
        return $"error: {command}: unexpected {cause.GetType().Name}: {cause.Message}{hint}";
    }

    // Parallel queries and reflection wrap the exception that matters; a wrapper's own message says nothing.
    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };
}
