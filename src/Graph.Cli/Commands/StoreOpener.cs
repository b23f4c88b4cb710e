using Graph.Cli.Output;
using Graph.Store;

namespace Graph.Cli.Commands;

/// <summary>Opens a store that must already exist (read commands never create an empty one).</summary>
internal static class StoreOpener
{
    /// <summary>The open store, or null after printing why it cannot be used.</summary>
    public static GraphStore? OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            Terminal.Error($"error: {path}: no such store; run 'graph build' first or pass --store FILE");
            return null;
        }

        try
        {
            return GraphStore.Open(path);
        }
        catch (StoreException ex)
        {
            Terminal.Error("error: " + ex.Message);
            return null;
        }
    }
}
