using Graph.Store.Internal;
using Microsoft.Data.Sqlite;

namespace Graph.Store;

/// <summary>
/// The embedded store of record (SQLite). Articles are ingested one transaction each, so a crash never
/// leaves half an article; sinks read it through <see cref="Graph.Model.IGraphSource"/>.
/// </summary>
public sealed partial class GraphStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private GraphStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it (and its folder) when missing. A store written
    /// by an earlier version of the schema is upgraded in place, in one transaction.
    /// </summary>
    /// <exception cref="StoreException">The file is not a graph store, its schema version is unknown, or it cannot be upgraded.</exception>
    public static GraphStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON;");

            // A bounded page cache (16 MiB) large enough that the index and entity pages of a batch of articles
            // are written once per commit rather than spilled and rewritten while the batch is open, and small
            // beside the rest of a build's memory (a store of 11,000 articles is about 47 MB).
            Execute(connection, "PRAGMA cache_size = -16384;");
            EnsureSchema(connection, path);
            return new GraphStore(connection, path);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a usable graph store ({ex.SqliteErrorCode switch
            {
                26 => "file is not a database",
                8 => "file is read-only",
                _ => ex.Message,
            }})", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Commits the articles of a batch still open (each is whole), then closes the file.</summary>
    public void Dispose()
    {
        try
        {
            _batch = null;
            CommitBatch();
        }
        finally
        {
            _connection.Dispose();
        }
    }

    private static void EnsureSchema(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, Schema.Create, transaction);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        string? version = read.ExecuteScalar() as string;
        if (version is null)
        {
            WriteVersion(connection, transaction, Schema.Version);
        }

        // An older store is brought up to date in place, step by step, all in this one transaction:
        // if any step fails, the store is left exactly as it was.
        while (version is not null && version != Schema.Version)
        {
            if (!Schema.Upgrades.TryGetValue(version, out var upgrade))
            {
                throw new StoreException($"{path}: store schema version {version} is not supported (expected {Schema.Version})");
            }

            try
            {
                Execute(connection, upgrade.Sql, transaction);
                WriteVersion(connection, transaction, upgrade.Next);
            }
            catch (SqliteException ex)
            {
                throw new StoreException(
                    $"{path}: store schema version {version} cannot be upgraded to {upgrade.Next} ({ex.SqliteErrorCode switch { 8 => "file is read-only", _ => ex.Message }})", ex);
            }

            version = upgrade.Next;
        }

        transaction.Commit();
    }

    private static void WriteVersion(SqliteConnection connection, SqliteTransaction transaction, string version)
    {
        using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "INSERT INTO meta (key, value) VALUES ('schema_version', $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        write.Parameters.AddWithValue("$v", version);
        write.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
