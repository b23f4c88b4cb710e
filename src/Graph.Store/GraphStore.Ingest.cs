using System.Globalization;
using Graph.Model;
using Graph.Model.Extraction;
using Microsoft.Data.Sqlite;

namespace Graph.Store;

public sealed partial class GraphStore
{
    /// <summary>True when an article with this content hash is already stored.</summary>
    public bool Contains(string contentHash)
    {
        using var command = ReadCommand("SELECT 1 FROM articles WHERE content_hash = $h");
        command.Parameters.AddWithValue("$h", contentHash);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// The content hashes of every stored article, read once: a caller can tell which articles it need not
    /// extract again without asking the store from several threads.
    /// </summary>
    public IReadOnlySet<string> ContentHashes()
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reader in Rows("SELECT content_hash FROM articles"))
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    /// <summary>
    /// Merges one article and its extraction in a single transaction. Entities merge by stable id
    /// (the ordinally smallest spelling of the name wins, so ingestion order does not matter);
    /// facts merge into relations by (subject, predicate, object, title, status), symmetric predicates
    /// with their ends in id order; each fact adds one piece of evidence, with its reported source.
    /// </summary>
    /// <returns><see cref="IngestOutcome.Unchanged"/> when the same content was stored before.</returns>
    /// <exception cref="StoreException">The database refused the write; nothing of the article was kept.</exception>
    public IngestOutcome Ingest(ArticleDocument document, ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extraction);
        if (Contains(document.ContentHash))
        {
            return IngestOutcome.Unchanged;
        }

        try
        {
            return IngestInTransaction(document, extraction);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{Path}: {ex.Message}", ex);
        }
    }

    private IngestOutcome IngestInTransaction(ArticleDocument document, ArticleExtraction extraction) =>
        InArticleTransaction(transaction => Write(document, extraction, transaction));

    private IngestOutcome Write(ArticleDocument document, ArticleExtraction extraction, SqliteTransaction transaction)
    {
        InsertArticle(document, transaction);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in extraction.Entities)
        {
            MergeEntity(entity, document.Id, transaction);
            known.Add(entity.Id);
        }

        foreach (var fact in extraction.Facts)
        {
            if (known.Contains(fact.Subject) && known.Contains(fact.Object) && fact.Subject != fact.Object)
            {
                MergeFact(fact, document.Id, KnownOrNull(fact.Place, known), KnownOrNull(fact.Source, known), transaction);
            }
        }

        return IngestOutcome.Added;
    }

    private void InsertArticle(ArticleDocument document, SqliteTransaction transaction)
    {
        using var command = Command(transaction, """
            INSERT INTO articles (id, file_name, title, published, source, url, content_hash)
            VALUES ($id, $file, $title, $published, $source, $url, $hash)
            """);
        command.Parameters.AddWithValue("$id", document.Id);
        command.Parameters.AddWithValue("$file", TextNormalizer.Normalize(document.FileName));
        command.Parameters.AddWithValue("$title", (object?)NullIfBlank(document.Title) ?? DBNull.Value);
        command.Parameters.AddWithValue("$published", (object?)FormatDate(document.Published) ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)NullIfBlank(document.Source) ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", (object?)NullIfBlank(document.Url) ?? DBNull.Value);
        command.Parameters.AddWithValue("$hash", document.ContentHash);
        command.ExecuteNonQuery();
    }

    private void MergeEntity(ExtractedEntity entity, string articleId, SqliteTransaction transaction)
    {
        using (var command = Command(transaction, """
            INSERT INTO entities (id, type, name) VALUES ($id, $type, $name)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name
            WHERE (excluded.name <> upper(excluded.name), entities.name) > (entities.name <> upper(entities.name), excluded.name)
            """))
        {
            command.Parameters.AddWithValue("$id", entity.Id);
            command.Parameters.AddWithValue("$type", entity.Type.ToString());
            command.Parameters.AddWithValue("$name", TextNormalizer.Normalize(entity.Name));
            command.ExecuteNonQuery();
        }

        using (var command = Command(transaction, "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES ($id, $alias)"))
        {
            var alias = command.Parameters.Add("$alias", SqliteType.Text);
            command.Parameters.AddWithValue("$id", entity.Id);
            foreach (string name in entity.Aliases.Append(entity.Name).Select(TextNormalizer.Normalize).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal))
            {
                alias.Value = name;
                command.ExecuteNonQuery();
            }
        }

        using (var command = Command(transaction, "INSERT INTO mentions (entity_id, article_id, count) VALUES ($id, $article, $count)"))
        {
            command.Parameters.AddWithValue("$id", entity.Id);
            command.Parameters.AddWithValue("$article", articleId);
            command.Parameters.AddWithValue("$count", Math.Max(1, entity.Mentions.Count));
            command.ExecuteNonQuery();
        }
    }

    // A place or source the extraction does not list as an entity of the article has no node to point to.
    private static string? KnownOrNull(string? id, HashSet<string> known) => id is not null && known.Contains(id) ? id : null;

    private void MergeFact(ExtractedFact fact, string articleId, string? placeId, string? sourceId, SqliteTransaction transaction)
    {
        var info = PredicateInfo.Of(fact.Predicate);
        (string subject, string obj) = info.IsSymmetric && string.CompareOrdinal(fact.Subject, fact.Object) > 0
            ? (fact.Object, fact.Subject)
            : (fact.Subject, fact.Object);
        string? title = NullIfBlank(fact.Title);
        string relationId = StableId.Relation(subject, fact.Predicate, obj, title, fact.Status);

        using (var command = Command(transaction, """
            INSERT OR IGNORE INTO relations (id, subject_id, predicate, object_id, title, status)
            VALUES ($id, $subject, $predicate, $object, $title, $status)
            """))
        {
            command.Parameters.AddWithValue("$id", relationId);
            command.Parameters.AddWithValue("$subject", subject);
            command.Parameters.AddWithValue("$predicate", info.Name);
            command.Parameters.AddWithValue("$object", obj);
            command.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
            command.Parameters.AddWithValue("$status", fact.Status.Name());
            command.ExecuteNonQuery();
        }

        using (var command = Command(transaction, """
            INSERT OR IGNORE INTO evidence
                (relation_id, article_id, sentence_index, sentence, span_start, span_end, date, place_id, confidence, source_id)
            VALUES ($relation, $article, $index, $sentence, $start, $end, $date, $place, $confidence, $source)
            """))
        {
            command.Parameters.AddWithValue("$relation", relationId);
            command.Parameters.AddWithValue("$article", articleId);
            command.Parameters.AddWithValue("$index", fact.SentenceIndex);
            command.Parameters.AddWithValue("$sentence", TextNormalizer.Normalize(fact.Sentence));
            command.Parameters.AddWithValue("$start", fact.Span.Start);
            command.Parameters.AddWithValue("$end", fact.Span.End);
            command.Parameters.AddWithValue("$date", (object?)FormatDate(fact.Date) ?? DBNull.Value);
            command.Parameters.AddWithValue("$place", (object?)placeId ?? DBNull.Value);
            command.Parameters.AddWithValue("$confidence", Math.Round(Math.Clamp(fact.Confidence, 0, 1), 4));
            command.Parameters.AddWithValue("$source", (object?)sourceId ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    // Every text goes in normalized, whoever built the document: readers and exports then never meet a
    // character some syntax cannot carry (see TextNormalizer).
    private static string? NullIfBlank(string? text)
    {
        string? normalized = text is null ? null : TextNormalizer.Normalize(text);
        return string.IsNullOrWhiteSpace(normalized) ? null : normalized.Trim();
    }

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
