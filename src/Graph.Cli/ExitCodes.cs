namespace Graph.Cli;

/// <summary>Process exit codes: scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some input (a file, the store, the server) failed; the rest completed.</summary>
    public const int InputFailed = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing or invalid value.</summary>
    public const int BadArguments = 2;

    /// <summary>The command stopped on an error it did not expect (a damaged store, a bug); one line says what failed.</summary>
    public const int Unexpected = 3;

    /// <summary>Interrupted (Ctrl-C): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
