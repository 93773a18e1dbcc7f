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

            if (lines.Count == 0)
            {
                lines.Add("[grey]No event of the model happened here.[/]");
            }

            AnsiConsole.Write(new Panel(new Markup(string.Join('\n', lines))).Header(Markup.Escape(site.Name)).Expand());
        }
    }
}
