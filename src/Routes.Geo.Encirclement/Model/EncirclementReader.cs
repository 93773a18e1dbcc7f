using System.Text.Json;
using System.Text.RegularExpressions;

namespace Routes.Geo.Encirclement;

/// <summary>Reads and validates the data file; the first problem found is thrown as <see cref="HistoryDataException"/>.</summary>
internal sealed partial class EncirclementReader
{
    public const string Format = "routes-geo/encirclement/1";

    private readonly string _sourceName;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Site> _sites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HistoricalEvent> _events = new(StringComparer.Ordinal);
    private DateOnly _first;
    private DateOnly _last;

    private EncirclementReader(string sourceName) => _sourceName = sourceName;

    public static EncirclementModel Read(Stream stream, string sourceName)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, options);
        }
        catch (JsonException e)
        {
            throw new HistoryDataException(sourceName, "(document)", $"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return new EncirclementReader(sourceName).ReadDocument(document.RootElement);
        }
    }

    private EncirclementModel ReadDocument(JsonElement root)
    {
        var top = new JsonRecord(root, _sourceName, "(document)",
            "format", "period", "sites", "events", "units", "positions", "figures", "ports");
        string format = top.RequiredString("format");
        if (format != Format)
        {
            throw top.Error($"format is '{format}', expected '{Format}'");
        }

        JsonRecord period = top.RequiredObject("period", "from", "to");
        _first = period.RequiredDate("from");
        _last = period.RequiredDate("to");
        if (_last < _first)
        {
            throw period.Error("period 'to' is before 'from'");
        }

        List<Site> siteList = ReadAll(top, "sites", ReadSite);
        foreach (Site site in siteList)
        {
            _sites.Add(site.Id, site);
        }

        List<HistoricalEvent> eventList = ReadAll(top, "events", ReadEvent);
        foreach (HistoricalEvent e in eventList)
        {
            _events.Add(e.Id, e);
        }

        siteList.ForEach(CheckChronology);

        List<MilitaryUnit> units = ReadAll(top, "units", ReadUnit);
        CheckUnitTree(units);
        List<MilitaryPosition> positions = ReadAll(top, "positions", ReadPosition);
        List<DisputedFigure> figures = ReadAll(top, "figures", ReadFigure);
        List<Port> ports = ReadAll(top, "ports", ReadPort);
        var names = new SiteNameIndex(siteList, (site, problem) => new HistoryDataException(_sourceName, site.Id, problem));
        return new EncirclementModel(_sourceName, _first, _last, siteList, eventList, units, positions, figures, ports, names);
    }

    private List<T> ReadAll<T>(JsonRecord top, string field, Func<JsonRecord, T> read)
    {
        var result = new List<T>();
        IReadOnlyList<JsonElement> items = top.Array(field);
        for (int i = 0; i < items.Count; i++)
        {
            string recordId = JsonRecord.IdOrPath(items[i], $"{field}[{i}]");
            result.Add(read(new JsonRecord(items[i], _sourceName, recordId, FieldsOf(field))));
        }

        return result;
    }

    private static string[] FieldsOf(string collection) => collection switch
    {
        "sites" => ["id", "name", "alternativeNames", "kinds", "coordinate", "whatHappened", "sources", "notes", "tiedTo1944", "osm", "chronology"],
        "events" => ["id", "start", "time", "end", "endTime", "place", "sites", "description", "alliedUnits", "germanUnits", "sources", "notes"],
        "units" => ["id", "side", "name", "parent", "commander", "sources", "notes"],
        "positions" => ["id", "name", "side", "kind", "shape", "through", "validFrom", "validTo", "precision", "sources", "notes"],
        "figures" => ["id", "subject", "values"],
        _ => ["site", "phases"],
    };

    private string NewId(JsonRecord record)
    {
        string id = record.RequiredString("id");
        if (!IdPattern().IsMatch(id))
        {
            throw record.Error($"id '{id}' must be lower-case letters and digits joined by single hyphens");
        }

        return _ids.Add(id) ? id : throw record.Error($"duplicate id '{id}'");
    }

    private Site ReadSite(JsonRecord record)
    {
        string id = NewId(record);
        IReadOnlyList<string> kindNames = record.Strings("kinds");
        if (kindNames.Count == 0)
        {
            throw record.Error("field 'kinds' must list at least one kind");
        }

        JsonRecord? osm = record.OptionalObject("osm", "nodeId", "historic");
        return new Site
        {
            Id = id,
            Name = record.RequiredString("name"),
            AlternativeNames = record.Strings("alternativeNames"),
            Kinds = [.. kindNames.Select(k => ParseEnum<SiteKind>(record, "kinds", k))],
            Coordinate = ReadCoordinate(record.RequiredObject("coordinate", "status", "lat", "lon", "source", "candidates", "note")),
            WhatHappened = record.OptionalString("whatHappened"),
            Sources = SourceRules.Required(record, "sources"),
            Notes = record.Strings("notes"),
            TiedTo1944 = record.OptionalBoolean("tiedTo1944", true),
            OsmNodeId = osm?.OptionalInteger("nodeId") ?? (osm is null ? null : throw osm.Error("field 'osm' needs 'nodeId'")),
            OsmHistoric = osm?.OptionalString("historic"),
            Chronology = ReadChronology(record.RequiredObject("chronology", "event", "with", "after", "reason")),
        };
    }

    // References are checked by CheckChronology once the events are read.
    private static SiteChronology ReadChronology(JsonRecord c)
    {
        string? eventId = c.OptionalString("event"), with = c.OptionalString("with"), after = c.OptionalString("after");
        string? reason = c.OptionalString("reason");
        int rules = (eventId is null ? 0 : 1) + (with is null ? 0 : 1) + (after is null ? 0 : 1);
        if (rules != 1)
        {
            throw c.Error("'chronology' needs exactly one of 'event' (the key event), 'with' (a site id) or 'after' (\"dated-sites\")");
        }

        if (eventId is not null)
        {
            return new SiteChronology(ChronologyRule.KeyEvent, eventId, null, reason);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw c.Error("a site placed without a key event needs a 'reason' saying why it stands there");
        }

        return with is not null ? new SiteChronology(ChronologyRule.WithSite, null, with, reason)
            : after == "dated-sites" ? new SiteChronology(ChronologyRule.AfterDatedSites, null, null, reason)
            : throw c.Error($"chronology 'after' is '{after}', expected 'dated-sites'");
    }

    private void CheckChronology(Site site)
    {
        SiteChronology c = site.Chronology;
        if (c.EventId is { } eventId)
        {
            if (!_events.TryGetValue(eventId, out HistoricalEvent? key))
            {
                throw new HistoryDataException(_sourceName, site.Id, $"unknown event reference '{eventId}' in 'chronology'");
            }

            if (!key.SiteIds.Contains(site.Id, StringComparer.Ordinal))
            {
                throw new HistoryDataException(_sourceName, site.Id, $"the key event '{eventId}' does not list the site in its 'sites'");
            }
        }
        else if (c.WithSiteId is { } with)
        {
            if (!_sites.TryGetValue(with, out Site? anchor) || with == site.Id)
            {
                throw new HistoryDataException(_sourceName, site.Id, $"chronology 'with' names '{with}', which is not another site of the file");
            }

            if (anchor.Chronology.Rule != ChronologyRule.KeyEvent)
            {
                throw new HistoryDataException(_sourceName, site.Id, $"chronology 'with' names '{with}', which has no key event of its own");
            }
        }
    }

    private SiteCoordinate ReadCoordinate(JsonRecord c)
    {
        string status = c.RequiredString("status");
        string? note = c.OptionalString("note");
        switch (status)
        {
            case "VERIFIED":
                if (c.Has("candidates"))
                {
                    throw c.Error("a VERIFIED coordinate has one 'lat'/'lon' pair, not 'candidates'");
                }

                return new SiteCoordinate(CoordinateStatus.Verified, [ReadPoint(c)], note);
            case "UNVERIFIED":
                if (c.Has("lat") || c.Has("lon") || c.Has("candidates"))
                {
                    throw c.Error("an UNVERIFIED coordinate must carry no 'lat', 'lon' or 'candidates': never a guess");
                }

                return new SiteCoordinate(CoordinateStatus.Unverified, [], note);
            case "CONFLICTING":
                if (c.Has("lat") || c.Has("lon"))
                {
                    throw c.Error("a CONFLICTING coordinate lists its values under 'candidates', each with its source");
                }

                List<SourcedCoordinate> candidates = [.. c.Array("candidates")
                    .Select(e => ReadPoint(new JsonRecord(e, _sourceName, c.Id, "lat", "lon", "source")))];
                return candidates.Count >= 2
                    ? new SiteCoordinate(CoordinateStatus.Conflicting, candidates, note)
                    : throw c.Error("a CONFLICTING coordinate needs at least two candidates");
            default:
                throw c.Error($"coordinate status '{status}' is not VERIFIED, UNVERIFIED or CONFLICTING");
        }
    }

    private static SourcedCoordinate ReadPoint(JsonRecord c)
    {
        double lat = c.RequiredNumber("lat");
        double lon = c.RequiredNumber("lon");
        if (!GeoPoint.IsValid(lat, lon))
        {
            throw c.Error(FormattableString.Invariant($"coordinate out of range: lat {lat}, lon {lon} (latitude -90..90, longitude -180..180)"));
        }

        return new SourcedCoordinate(new GeoPoint(lat, lon), SourceRules.RequiredSingle(c, "source"));
    }

    private HistoricalEvent ReadEvent(JsonRecord record)
    {
        string id = NewId(record);
        DateOnly start = InPeriod(record, "start", record.RequiredDate("start"));
        DateOnly? end = record.OptionalDate("end");
        if (end is { } e && (InPeriod(record, "end", e) < start))
        {
            throw record.Error("'end' is before 'start'");
        }

        TimeOnly? time = record.OptionalTime("time");
        TimeOnly? endTime = record.OptionalTime("endTime");
        if (end is null && time is { } t && endTime is { } et && et < t)
        {
            throw record.Error("'endTime' is before 'time' on the same day");
        }

        IReadOnlyList<string> siteIds = record.Strings("sites");
        string? unknown = siteIds.FirstOrDefault(s => !_sites.ContainsKey(s));
        if (unknown is not null)
        {
            throw record.Error($"unknown site reference '{unknown}' in 'sites'");
        }

        return new HistoricalEvent
        {
            Id = id,
            Start = start,
            End = end,
            StartTime = time,
            EndTime = endTime,
            Place = record.RequiredString("place"),
            SiteIds = siteIds,
            Description = record.RequiredString("description"),
            AlliedUnits = record.Strings("alliedUnits"),
            GermanUnits = record.Strings("germanUnits"),
            Sources = SourceRules.Required(record, "sources"),
            Notes = record.Strings("notes"),
        };
    }

    private MilitaryUnit ReadUnit(JsonRecord record)
    {
        string id = NewId(record);
        JsonRecord? commander = record.OptionalObject("commander", "name", "from", "note");
        DateOnly? from = commander?.OptionalDate("from");
        if (from is { } f)
        {
            InPeriod(record, "commander.from", f);
        }

        return new MilitaryUnit
        {
            Id = id,
            Side = ParseEnum<Belligerent>(record, "side", record.RequiredString("side")),
            Name = record.RequiredString("name"),
            ParentId = record.OptionalString("parent"),
            Commander = commander is null ? null : new Commander(commander.RequiredString("name"), from, commander.OptionalString("note")),
            Sources = SourceRules.Required(record, "sources"),
            Notes = record.Strings("notes"),
        };
    }

    private void CheckUnitTree(List<MilitaryUnit> units)
    {
        Dictionary<string, MilitaryUnit> byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (MilitaryUnit unit in units)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { unit.Id };
            for (string? parent = unit.ParentId; parent is not null; parent = byId[parent].ParentId)
            {
                if (!byId.ContainsKey(parent))
                {
                    throw new HistoryDataException(_sourceName, unit.Id, $"unknown unit reference '{parent}' in 'parent'");
                }

                if (!seen.Add(parent))
                {
                    throw new HistoryDataException(_sourceName, unit.Id, "the 'parent' chain loops back on itself");
                }
            }
        }
    }

    private MilitaryPosition ReadPosition(JsonRecord record)
    {
        string id = NewId(record);
        DateOnly from = InPeriod(record, "validFrom", record.RequiredDate("validFrom"));
        DateOnly to = InPeriod(record, "validTo", record.RequiredDate("validTo"));
        if (to < from)
        {
            throw record.Error($"validTo {to:yyyy-MM-dd} is before validFrom {from:yyyy-MM-dd}");
        }

        PositionShape shape = ParseEnum<PositionShape>(record, "shape", record.RequiredString("shape"));
        IReadOnlyList<string> through = record.Strings("through");
        return new MilitaryPosition
        {
            Id = id,
            Name = record.RequiredString("name"),
            Side = ParseEnum<Belligerent>(record, "side", record.RequiredString("side")),
            Kind = ParseEnum<PositionKind>(record, "kind", record.RequiredString("kind")),
            Shape = shape,
            SiteIds = through,
            Geometry = PositionGeometry.Build(record, shape, through, _sites),
            ValidFrom = from,
            ValidTo = to,
            Precision = record.OptionalString("precision")
                ?? throw record.Error("missing field 'precision': say how approximate the geometry is"),
            Sources = SourceRules.Required(record, "sources"),
            Notes = record.Strings("notes"),
        };
    }

    private DisputedFigure ReadFigure(JsonRecord record)
    {
        string id = NewId(record);
        var values = new List<FigureValue>();
        foreach (JsonElement element in record.Array("values"))
        {
            var v = new JsonRecord(element, _sourceName, id, "text", "low", "high", "sources");
            double low = v.RequiredNumber("low");
            double high = v.RequiredNumber("high");
            if (low != Math.Floor(low) || high != Math.Floor(high) || low < 0 || high < low || high > int.MaxValue)
            {
                throw v.Error("'low' and 'high' must be whole numbers with 0 <= low <= high");
            }

            values.Add(new FigureValue(v.RequiredString("text"), (int)low, (int)high, SourceRules.Required(v, "sources")));
        }

        return values.Count >= 2
            ? new DisputedFigure(id, record.RequiredString("subject"), values)
            : throw record.Error("a disputed figure needs at least two values");
    }

    private Port ReadPort(JsonRecord record)
    {
        string siteId = record.RequiredString("site");
        if (!_sites.ContainsKey(siteId))
        {
            throw record.Error($"unknown site reference '{siteId}' in 'site'");
        }

        var phases = new List<PortPhase>();
        foreach (JsonElement element in record.Array("phases"))
        {
            var p = new JsonRecord(element, _sourceName, record.Id, "state", "event");
            PortState state = ParseEnum<PortState>(p, "state", p.RequiredString("state"));
            string eventId = p.RequiredString("event");
            if (!_events.TryGetValue(eventId, out HistoricalEvent? cause))
            {
                throw p.Error($"unknown event reference '{eventId}' in port '{siteId}'");
            }

            if (phases.Count > 0 && (state <= phases[^1].State || cause.Start < phases[^1].From))
            {
                throw p.Error($"port '{siteId}': phase '{state}' must come after '{phases[^1].State}' in state order and date");
            }

            phases.Add(new PortPhase(state, cause.Start, eventId) { FromTime = cause.StartTime });
        }

        return new Port(siteId, phases);
    }

    private DateOnly InPeriod(JsonRecord record, string field, DateOnly date) =>
        date >= _first && date <= _last
            ? date
            : throw record.Error($"'{field}' {date:yyyy-MM-dd} is outside the period {_first:yyyy-MM-dd}..{_last:yyyy-MM-dd}");

    private static T ParseEnum<T>(JsonRecord record, string field, string text)
        where T : struct, Enum
    {
        // Data files write enum values in lower camel case ("outpostLine"); names must match exactly, ignoring the first letter's case.
        string pascal = text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
        return Enum.TryParse(pascal, ignoreCase: false, out T value) && Enum.IsDefined(value) && !char.IsDigit(text[0])
            ? value
            : throw record.Error($"'{field}' value '{text}' is not one of: {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
