using System.Globalization;
using Routes.Geo.Encirclement;
using Spectre.Console;

namespace Routes.Geo.Cli;

/// <summary>Prints what happened at the sites a route or tour visits, with their events' dates.</summary>
internal static class SiteStory
{
    public static string Dates(HistoricalEvent e)
    {
        string start = e.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return e.End is { } end && end != e.Start ? $"{start} – {end.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : start;
    }

    /// <summary>The event of the place a site belongs to (its own key event, or that of the site its data places it with).</summary>
    public static (Site Place, HistoricalEvent Event)? PlaceEvent(EncirclementModel model, Site site)
    {
        Site? place = site.Chronology.Rule switch
        {
            ChronologyRule.KeyEvent => site,
            ChronologyRule.WithSite => model.Sites.FirstOrDefault(s => s.Id == site.Chronology.WithSiteId),
            _ => null,
        };
        HistoricalEvent? e = place?.Chronology.EventId is { } id ? model.Events.FirstOrDefault(x => x.Id == id) : null;
        return place is null || e is null ? null : (place, e);
    }

    /// <summary>"Lille, 3 Sep 1944: Reached by the British. Allied: British. Source: URL" from the data.</summary>
    public static string Context(Site place, HistoricalEvent e)
    {
        string units = e.AlliedUnits.Count > 0 ? $" Allied: {string.Join(", ", e.AlliedUnits)}." : "";
        return $"{place.Name}, {Dates(e)}: {e.Description}{units} Source: {string.Join("; ", e.Sources)}";
    }

    public const string UntiedMemorials = "What these memorials commemorate is not in the sources (several in central Lille commemorate the First World War), so no 1944 story is attached to them.";

    public static void Print(EncirclementModel model, IEnumerable<Site> stops)
    {
        foreach (Site site in stops.Distinct())
        {
            var lines = new List<string>();
            if (site.WhatHappened is { Length: > 0 } what)
            {
                lines.Add(Markup.Escape(what));
            }

            foreach (HistoricalEvent e in model.EventsAt(site).OrderBy(e => e.Start))
            {
                lines.Add($"[bold]{Markup.Escape(Dates(e))}[/]  {Markup.Escape(e.Description)}");
            }

            if (lines.Count == 0 && !site.TiedTo1944)
            {
                lines.Add("[grey]What this memorial commemorates is not in the sources, so no 1944 story is attached to it.[/]");
                if (PlaceEvent(model, site) is { } context)
                {
                    lines.Add($"[grey]Where it stands in 1944:[/] {Markup.Escape(Context(context.Place, context.Event))}");
                }
            }
            else if (lines.Count == 0)
            {
                lines.Add("[grey]No event of the model happened here.[/]");
            }

            AnsiConsole.Write(new Panel(new Markup(string.Join('\n', lines))).Header(Markup.Escape(site.Name)).Expand());
        }
    }
}
