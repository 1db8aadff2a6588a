"""Cleaning: every kind of scraping noise is removed, reported, and never ends up in a sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import regex
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

import newsdiff
from newsdiff.clean import clean
from newsdiff.noise import NoiseRule, default_rules, load_rules, rules_from_data
from newsdiff.segment import segment


def removed(text: str) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in clean(text).removals]


#: The two sentences a line under test stands between, as the tests below set it.
TALKS = ("The talks began on Monday.", "They ended on Tuesday.")
BEGAN = ("Talks began.", "They ended.")
FERRY = ("The ferry returned on Monday.", "Talks resume.")
STOPPED = ("The ferry stopped on Monday.", "It ran again on Tuesday.")
NOON = ("The ferry left at noon.", "It docked at six.")


def noises(why: str, rows: list[tuple[str, str]], around: tuple[str, str] = TALKS) -> list[Any]:
    """Table rows of noise lines and the reason each is removed for, with ids that say why the row is there."""
    return [pytest.param(around, line, reason, id=f"{why}: {line}") for line, reason in rows]


def noise(why: str, reason: str, rows: list[str], around: tuple[str, str] = TALKS) -> list[Any]:
    """Table rows of noise lines all removed for ``reason``, with ids that say why the row is there."""
    return noises(why, [(line, reason) for line in rows], around)


def prose(why: str, rows: list[str], around: tuple[str, str] = TALKS) -> list[Any]:
    """Table rows of prose that must be kept, with ids that say why the row is there."""
    return [pytest.param(around, line, id=f"{why}: {line}") for line in rows]


@pytest.mark.parametrize(
    ("around", "line", "reason"),
    [
        *noises(
            "noise line",
            [
                ("Full Screen", "gallery"),
                ("1 / 11", "gallery"),
                ("Read more", "promo"),
                ("Related Content", "promo"),
                ("Recommended Videos", "promo"),
                ("CLICK HERE TO READ MORE FROM THE HARBOUR HERALD", "promo"),
                ("‘STOLEN’: PORT CITY BRANDS UNION A ‘MENACE’", "promo"),
                ("___", "separator"),
                (".", "separator"),
                ("© Wire Agency", "credit"),
                ("Wire writer Ana Pell in Kessel contributed to this report.", "contributor"),
                ("By Ana Pell and Tomas Gruber", "byline"),
                ("By ANA PELL and TOMAS GRUBER, Wire Agency", "byline"),
                ("By Ana Pell, Staff Writer", "byline"),
                ("Written by Lisa Ortt", "byline"),
                ("Reporting by Ana Pell in Kessel; Editing by Tomas Gruber", "contributor"),
                ("FILE - Dock workers march in Kessel, May 2, 2025. (Jo Marr/Pool Photo via Wire, File)", "caption"),
                ("Copyright 2026 Wire Agency. All rights reserved.", "credit"),
                ("Photo: Jo Marr/Pool via Wire", "credit"),
                (
                    "Minister Lena Varga speaks at the harbour in Kessel, Friday. (Jo Marr/Pool Photo via Wire)",
                    "caption",
                ),
                ("Story continues below advertisement", "promo"),
                ("Follow us on Twitter", "promo"),
                ("Also read: Kessel port reopens after strike", "promo"),
                ("(Reporting by Ana Pell; Editing by Tomas Gruber)", "contributor"),
                ("This material may not be published, broadcast, rewritten or redistributed.", "credit"),
                ("Share on Facebook Share on Twitter", "widget"),
                ("Click to share on WhatsApp (Opens in new window)", "widget"),
                ("3 min read", "widget"),
                ("Show comments", "widget"),
                ("Accept all cookies", "widget"),
                ("Print", "widget"),
                ("Image source, Getty Images", "credit"),
                ("AFP via Getty Images", "credit"),
                ("Jo Marr/Reuters", "credit"),
                ("REUTERS/Jo Marr", "credit"),
                ("Image caption, Divers search the harbour near Kessel on Monday", "caption"),
                ("toggle caption", "caption"),
                ("Enlarge this image", "gallery"),
                ("Image 1 of 12", "gallery"),
                ("Previous Next", "gallery"),
                ("RELATED:", "promo"),
                ("Related Topics", "promo"),
                ("More on this story", "promo"),
                ("You may also like", "promo"),
                ("Continue reading the main story", "promo"),
                ("Don't miss", "promo"),
                ("Load more", "promo"),
                ("Sign up for our newsletter.", "promo"),
                ("Enter your email address", "promo"),
                ("By signing up, you agree to our Privacy Policy and Terms of Use.", "promo"),
                ("Already a subscriber? Log in", "promo"),
                ("Download our app", "promo"),
                ("Advertisement - scroll to continue", "promo"),
                ("Share via", "widget"),
                ("Tweet", "widget"),
                ("Facebook Twitter Email", "widget"),
                ("Follow Ana Pell on Twitter: @anapell", "widget"),
                ("— Ana Pell (@anapell) May 3, 2026", "widget"),
                ("pic.twitter.com/Kx7Qa2", "widget"),
                ("Comments (12)", "widget"),
                ("Reuse this content", "widget"),
                ("Gift this article", "widget"),
                ("Skip to main navigation", "widget"),
                ("Ad Feedback", "widget"),
                ("Terms of Use", "widget"),
                ("Supported by", "widget"),
                ("All rights reserved.", "credit"),
                ("Published May 3, 2026 | Updated 4:12 p.m. ET", "timestamp"),
                ("Last updated: 3 May 2026", "timestamp"),
                ("Posted at 12:45", "timestamp"),
                ("12:45 BST", "timestamp"),
                ("10.15 GMT", "timestamp"),
                ("Updated at 14.05 GMT", "timestamp"),
                ("3/3/2026 9:14 AM", "timestamp"),
                ("2026-03-03T09:14:00Z", "timestamp"),
                ("2026-03-03T09:14+01:00", "timestamp"),
                ("Mar. 3, 2026 Updated 10:02 a.m. ET", "timestamp"),
                ("March 3, 2026 | Updated 9 AM", "timestamp"),
                ("Ana Pell · 3 min read", "byline"),
                ("Pinned post", "promo"),
                ("Key event", "promo"),
                ("Sign up to Morning Tide, our free daily newsletter – every weekday at 7am", "promo"),
                ("Sign up for our Harbour Brief newsletter: the day's news in five minutes", "promo"),
                ("Sign up to our free newsletter for the latest news.", "promo"),
                ("Sign up for our newsletter to get the day's news delivered to your inbox.", "promo"),
                ("Sign up for the Harbour Brief newsletter and never miss a crossing", "promo"),
                ("After newsletter promotion", "promo"),
                ("9.05 CET", "timestamp"),
                ("By Ana Pell on March 3, 2026 at 9:14 a.m.", "byline"),
                ("Posted by Ana Pell - 3 March 2026", "byline"),
                ("By Ana Pell — Tuesday, March 3, 2026", "byline"),
            ],
        ),
        *noise(
            "a follow line however it is spaced",
            "widget",
            [
                "Follow  @anapell",
                "Follow\tAna Pell  on  Twitter",
                "Follow   on Twitter",
                "Follow " + "Kessel Harbour Post " * 3 + "on Bluesky: @khp",
            ],
        ),
        # Pages write the same button or label with a final full stop, or between dashes, as often as bare.
        *noises(
            "with a full stop or between dashes",
            [
                ("Follow us on Facebook.", "promo"),
                ("Share this article.", "widget"),
                ("Advertisement.", "promo"),
                ("- Advertisement -", "promo"),
                ("— ADVERTISEMENT —", "promo"),
                ("Follow Ana Pell on Twitter @anapell.", "widget"),
            ],
        ),
        *noise(
            "a caption however wide its spaces",
            "caption",
            [
                "Minister Lena Varga speaks in Kessel.   (Jo Marr/Pool Photo via Wire)",
                'Divers search the harbour."  (AP Photo)',
                "Divers   search the harbour, Monday.      Photo: Jo Marr",
                "Divers search the harbour.    The quay is closed.   (AP Photo)",
            ],
            BEGAN,
        ),
        *noise(
            "a photo credit however wide its spaces",
            "credit",
            ["Jo  Marr\t/  Reuters", "Jo Marr   for  AFP", "Ana Pell  via\tGetty Images  via  AP"],
            BEGAN,
        ),
        *noise(
            "a photo credit of a source or a handout",
            "credit",
            [
                "Credit...Jane Doe for The Kessel Daily",
                "(Tarn Ferries via AP)",
                "Handout via Reuters",
                "Ana Pell/Handout via Reuters",
                "Courtesy of Tarn Ferries",
                "(Courtesy of the Valmora City Council)",
            ],
            BEGAN,
        ),
        *noise(
            "a timestamp in parts set apart by slashes",
            "timestamp",
            [
                "Mar 3, 2026 / 9:42 AM / Updated 2 hours ago",
                "March 3, 2026 / 9:42 a.m. ET",
                "Updated 9:42 a.m. / March 3, 2026",
            ],
            BEGAN,
        ),
        *noise(
            "a timestamp however wide its spaces",
            "timestamp",
            ["Published May 3, 2026  at   4:12 p.m.", "Updated  4:12 p.m. ET  ·  May 3, 2026", "3 May 2026 \t|  10.30"],
            BEGAN,
        ),
        # Some pages set "READ |" where others write "Read more:" before a link to another story.
        *noise(
            "a linked headline after a bar",
            "promo",
            ["READ | Pell quits as mayor", "ALSO READ | Ferry fares to rise", "WATCH | Pell's speech in full"],
            FERRY,
        ),
        *noise(
            "a prompt to read on",
            "promo",
            ["Click to read more", "Tap here to read more", "Scroll to continue with content"],
            FERRY,
        ),
        *noise(
            "a note that the story was or will be updated",
            "timestamp",
            [
                "This story has been updated.",
                "This story has been updated with comment from the Tarnby ferry company.",
                "This story was updated at 9:42 a.m. ET.",
                "Editor’s note: This story has been updated.",
                "Editor's note: This story has been updated to include a response from the ministry.",
                "This story has been updated to include comments from Transport Minister Ilse Varga.",
                "This is a developing story and will be updated.",
                "This is a developing story. Check back for updates.",
                "This story will be updated as more information becomes available.",
                "This story has been corrected.",
            ],
            STOPPED,
        ),
        *noise(
            "a short linked headline in capitals",
            "promo",
            ["FERRY FURY AS LAKE BOAT CRACKS", "‘WE WILL FIGHT ON’: DOCKERS VOW TO STRIKE AGAIN IN MAY"],
        ),
        *noise(
            "a wire footer or another outlet's credit",
            "credit",
            [
                "This material may not be published, broadcast, rewritten or redistributed without permission.",
                "Our Standards: The Tide Wire Trust Principles.",
                "This story was originally published by The Kessel Post.",
                "Originally published on kesselpost.example",
                "Read the original article on Kessel Post.",
                "Read the original story at The Harbour Herald",
                "A version of this article appears in print on May 4, 2026, Section A, Page 6: Ferry Returns.",
                "(Tide Wire)",
                "— The Tide Wire",
                "(Jo Marr/The Kessel Post)",
                "Jo Marr/Kessel Post",
                "Photo illustration by Jo Marr",
                "File photo",
                "Source: Kessel Statistics Office",
            ],
        ),
        *noise(
            "a promo or a subscription prompt",
            "promo",
            [
                "Article continues below advertisement",
                "Content continues below",
                "Continue reading below",
                "Advertisement · Scroll to continue",
                "Ad",
                "Paid Content",
                "Related Coverage",
                "Recommended Stories",
                "Editor's Picks",
                "Up next",
                "Next article",
                "Latest News",
                "Thanks for reading!",
                "Get our free newsletter",
                "Want more stories like this? Sign up for our newsletter.",
                "Get the day's top stories delivered to your inbox",
                "Subscribe for unlimited digital access",
                "Subscribe now for just $1 a week",
                "Subscribe to continue reading",
                "Log in to comment",
                "Register",
                "Create a free account",
                "Don't have an account? Register",
                "Turn on notifications",
                "Download the Kessel Post app",
                "Support independent journalism",
                "Become a member",
                "You have 3 free articles remaining this month",
                "Have a news tip? Email the newsroom.",
                "Read: What the ferry deal means for commuters",
            ],
        ),
        *noise(
            "a call for readers' stories or letters",
            "promo",
            [
                "Got a story? Email news@kesselpost.example",
                "Have a story to tell? Contact the newsroom.",
                "Want to share your thoughts? Send a letter to the editor.",
                "Write a letter to the editor",
                "Do you have a photo or video of the flood? Send it to us.",
            ],
        ),
        *noise(
            "a paywall teaser",
            "promo",
            [
                "This article is for subscribers only.",
                "This story is available to subscribers only",
                "This content is only available to paying members.",
                "To continue reading, subscribe now.",
                "To keep reading, log in or register",
                "Subscribe to read the full story.",
                "Subscribe today to unlock this article",
                "Unlock this article",
                "Continue reading with a subscription",
                "Start your free trial",
                "Get unlimited access for $1 a week",
            ],
        ),
        *noise(
            "a share bar, player, cookie banner or tag list",
            "widget",
            [
                "Link copied!",
                "Copy article link",
                "Share full article",
                "Facebook Twitter LinkedIn Email Print",
                "WhatsApp",
                "4-minute read",
                "5 min. read",
                "Reading time: 4 minutes",
                "Listen to this article · 4 min",
                "Listen to this story",
                "Now playing",
                "Duration 2:15",
                "Video",
                "Watch:",
                "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
                "This site uses cookies.",
                "Manage cookie preferences",
                "We and our partners use cookies to personalise content and ads.",
                "Our site uses cookies to analyse traffic.",
                "I accept",
                "Reject all",
                "Agree and close",
                "Manage preferences",
                "Your privacy choices",
                "Privacy notice: newsletters may carry ads and content paid for by partners.",
                "Tags: Kessel, strikes, ports",
                "Filed under: Kessel harbour",
                "Home > News > World",
                "Comments are closed.",
                "Be the first to comment",
                "Print this article",
                "Bookmark",
                "Font size",
                "Your browser does not support the video tag.",
                "Please enable JavaScript to view the comments.",
                "Report an error",
                "Was this article helpful?",
                "Contact the reporter",
                "Pin it",
                "Copy URL",
                "Translate this article",
                "Give this article",
                "Audio is generated by AI.",
                "Share 12",
                "12 shares",
                "1.2k Shares",
                "Facebook 34",
                "Twitter (12) WhatsApp (3)",
                "Share this: Facebook Twitter Email",
            ],
        ),
        *noises(
            "a date, byline or contact line",
            [
                ("May 18, 2026", "timestamp"),
                ("Tuesday, May 18, 2026, 3:42 PM", "timestamp"),
                ("Tue 18 May 2026 15.42 BST", "timestamp"),
                ("Last modified on Tue 18 May 2026 16.10 BST", "timestamp"),
                ("2026-05-18", "timestamp"),
                ("2 hours ago", "timestamp"),
                ("Posted 3h ago", "timestamp"),
                ("18/05/2026", "timestamp"),
                ("Updated 18.05.2026 15:42", "timestamp"),
                ("Updated", "timestamp"),
                ("By Ana Pell | Staff Writer", "byline"),
                ("By Ana Pell • Published May 18, 2026", "byline"),
                ("Ana Pell, Senior Correspondent", "byline"),
                ("Staff Writer", "byline"),
                ("Contact Ana Pell at ana.pell@kesselpost.example.", "byline"),
                ("Ana Pell can be reached at ana.pell@kesselpost.example or on Twitter @anapell.", "byline"),
                ("@anapell", "byline"),
                ("Edited by Tomas Gruber", "contributor"),
                ("Media caption, Divers search the harbour near Kessel", "caption"),
                ("Image source", "credit"),
            ],
        ),
        *noise(
            "a click-here promo",
            "promo",
            ["Click here to read more from the Kessel Post", "Click here for live updates.", "Click here"],
        ),
        *noises(
            "a role, navigation or comment prompt",
            [
                ("Local Democracy Reporter", "byline"),
                ("Back to top", "widget"),
                ("Have your say", "promo"),
                ("Do you agree with the deal? Let us know in the comments below.", "promo"),
            ],
        ),
        *noises(
            "more page furniture",
            [
                ("Keep reading", "promo"),
                ("Read the full story", "promo"),
                ("Scroll down to continue reading", "promo"),
                ("Join our WhatsApp channel", "promo"),
                ("Already registered? Log in", "promo"),
                ("Powered by Tidebox", "promo"),
                ("Terms & Conditions", "widget"),
                ("Do not sell my personal information", "widget"),
                ("This article is more than 2 years old", "widget"),
                ("Image copyright Getty Images", "credit"),
                ("Photo: supplied", "credit"),
                ("Video: Tide Wire", "credit"),
                ("Video: Dock workers march through Kessel", "widget"),
                ("[Photo: Jo Marr]", "credit"),
                ("[Image: Kessel Post/Jo Marr]", "credit"),
                ("VIDEO: “We will not go back”", "widget"),
                ("Pictured: Lena Varga at the harbour", "caption"),
                ("Posted by Ana Pell on May 18, 2026", "byline"),
                ("Ana Pell | Kessel Post", "byline"),
                ("Kessel Post staff", "byline"),
                ("Ana Pell reports from Kessel", "byline"),
                ("Staff writer Lisa Ortt in Norland contributed.", "contributor"),
                ("About the author", "byline"),
                ("About the author: Ana Pell covers the harbour for the Kessel Post.", "byline"),
            ],
        ),
        *noises(
            "a link, contact or slideshow button",
            [
                ("https://kesselpost.example/news/ferry-strike", "link-debris"),
                ("Follow the Tide Wire's coverage of the strike at https://tidewire.example/ferries", "promo"),
                ("Read more at kesselpost.example", "promo"),
                ("Contact: news@kesselpost.example", "byline"),
                ("(1/3)", "gallery"),
                ("View slideshow", "gallery"),
                ("Click image to enlarge", "gallery"),
                ("Caption:", "caption"),
            ],
        ),
        *noise(
            "a contributor line naming where each reporter was",
            "contributor",
            [
                "Reporting by Ana Pell in Kessel and Jo Marr in Norland; Writing by Lisa Ortt; Editing by Tomas Gruber",
                "Reporting by Ana Pell in Kessel, Jo Marr in Norland and Lisa Ortt in Tarnby; Editing by Tomas Gruber",
                "(Reporting by Ana Pell in Kessel and Jo Marr in Norland; Editing by Tomas Gruber)",
            ],
            FERRY,
        ),
        *noise(
            "a share row run together on one line",
            "widget",
            [
                "Share on Facebook Share on X Copy link",
                "Share on Facebook | Share on X | Copy link",
                "Share this article Share on WhatsApp Share via Email Print",
                "Share on Facebook (opens in new window) Share on X (opens in new window)",
                "Post to X · Send by email · Copy link · Link copied!",
            ],
            NOON,
        ),
        *noise(
            "a paywall teaser that asks the reader to pay or sign in to read on",
            "promo",
            [
                "Become a subscriber to continue reading.",
                "Create a free account to continue reading.",
                "Log in or subscribe to continue reading.",
                "Sign in or create a free account to keep reading this article.",
                "To continue reading, subscribe now.",
                "Only subscribers can read this article.",
                "This article is reserved for subscribers.",
                "Exclusive to subscribers",
                "Unlock unlimited access",
            ],
            NOON,
        ),
        *noises(
            "a cookie banner, a player's length or a note of first publication",
            [
                ("We and our partners use cookies to store and access information on your device.", "widget"),
                ("This site uses cookies. Find out more.", "widget"),
                ("Our website uses cookies to count visits. Learn more", "widget"),
                ("Do you accept cookies?", "widget"),
                ("Listen 5 min", "widget"),
                ("Listen (4 minutes)", "widget"),
                ("Originally published in The Kessel Courier.", "credit"),
            ],
            NOON,
        ),
        *noise(
            "an image's alt text under its label",
            "caption",
            [
                "Alt text: A ferry waits at the pier in Kessel.",
                "Image 2 of 5: A ferry waits at the pier in Kessel.",
                "Photo 3/12: Dock workers march past the harbour office",
                "Image may contain: 2 people, people standing and outdoor",
            ],
            NOON,
        ),
        *noise(
            "a date and a reading time on one line, or an update stamp in words",
            "timestamp",
            [
                "March 3, 2026 · 4 min read",
                "5 min read · Mar 3, 2026",
                "3 March 2026 | 6 min read",
                "4 min read • 2 hours ago",
                "an hour ago",
                "Updated yesterday",
                "Published today at 10:42",
            ],
            NOON,
        ),
        *noise(
            "a byline with the author's role after a dash",
            "byline",
            [
                "By Mara Lind — Senior Correspondent",
                "By Mara Lind – Political Editor, Kessel Post",
                "By Mara Lind - Staff Writer",
            ],
            NOON,
        ),
        *noise(
            "a newsletter box's field or button, or advertising furniture",
            "promo",
            [
                "Your email",
                "Your email address",
                "No thanks",
                "I'm already a subscriber",
                "Get the best of the Kessel Post in your inbox every morning.",
                "Get the Harbour Brief delivered to your inbox",
                "Remove ads",
                "Advertise with us",
                "Advertisement Story continues below",
            ],
            NOON,
        ),
    ],
)
def test_a_noise_line_between_two_sentences_is_removed_with_its_reason(
    around: tuple[str, str], line: str, reason: str
) -> None:
    before, after = around
    assert removed(f"{before}\n{line}\n{after}\n") == [(reason, line)]


@pytest.mark.parametrize(
    ("around", "line"),
    [
        *prose(
            "mentions a courtesy or a source",
            [
                "Courtesy of Ana Pell, the ferry ran free on Monday.",
                "Courtesy matters, Pell said.",
                "The council thanked Tarn Ferries via email.",
            ],
            BEGAN,
        ),
        *prose(
            "about an update and says more",
            [
                "This story has been updated with new figures: 40 passengers, not 30, were on board.",
                "This is a developing story for the party, which lost its leader on Monday.",
                "The story has been updated by every outlet in Estria since Monday.",
                "This story has been updated so often that readers complained, the ombudsman said.",
                "This story has been corrected: the crack is 40 centimetres long, not 4 metres.",
                "This article was updated on March 4 to correct the vote count.",
                "This article was amended on March 4 to correct the name of the ferry.",
                "This story has been updated to correct the number of passengers on board.",
                "This story was updated at 9:42 a.m. to clarify who owns the ferry.",
                # What was added is news: the note is the only place the article says it.
                "This story has been updated to include that 40 people were hurt.",
                "This story has been updated to reflect that the ferry sank on Monday.",
                "This story has been updated with the death toll of 12.",
                "Editor's note: This story has been updated to add that two crew members were arrested.",
                "This story was updated on Monday to add that the ministry denied the claims.",
                "Editor's note: An earlier version misstated the ferry's name; it is the Orla.",
            ],
            STOPPED,
        ),
        *prose(
            "starts or ends like noise",
            [
                "By law the ballots must be counted. The county has until Friday. Officials said they would meet it.",
                "By then it was too late.",
                "By midnight the fire had been contained.",
                "By contrast Mr. Pell stayed home.",
                "By Friday - the deadline the union set - no deal had been struck.",
                "By Monday on the quay, 300 people had gathered.",
                "10.15 GMT was the time the ferry left.",
                "The rule was drafted by the Environmental Protection Agency (EPA)",
                "Most residents back the plan, according to a poll (AP-NORC)",
                "He declined to comment. (Pool reporters were not allowed in.)",
                "Copyright lawyers said the ruling would reshape the music industry.",
                "Photos by residents showed water up to the windows of parked cars.",
                "Credit: card companies said fraud rose 20% last year.",
                "Image: the company said the logo would be retired.",
                "Watch: the moment the bridge fell, the mayor told reporters, was unforgettable.",
                "Listen: we are not going anywhere, the dock workers chanted.",
                "Sign up for the vaccine, the governor pleaded on Tuesday",
                "“NO DAM, NO DEAL, NO SURRENDER”",
                "Sales rose while the eShop said its HarbourTab ads told buyers to BUY MORE before June.",
                "Published in 2019, the report found that the dam was weak.",
                "Updated figures came out on May 3.",
                "Posted at the border, the soldiers waited.",
                "Tweet by tweet, the feud grew.",
                "Supported by the unions, the bill passed.",
                "Already a subscriber? Then you know the drill, he joked.",
                "By signing up, you agree to give the firm your data, the regulator warned.",
                "Follow the money on Twitter, the campaign said.",
                "Previous attempts to fix the dam failed.",
                "More: the agency said it would also review the earlier cases.",
                "Read the original article on Kessel Post and you will see what changed.",
            ],
        ),
        # A linked headline in capitals is short and carries no quotation with its speaker; a lead or a
        # shouted quote set in capitals is longer, or names who said it.
        *prose(
            "set in capitals",
            [
                "THE FERRY WILL NOT SAIL AGAIN UNTIL EVERY PASSENGER IS SAFE, THE HARBOUR MINISTER SAID",
                "“WE WANT ANSWERS,” THE DOCK WORKERS CHANTED OUTSIDE",
                "“NO MORE DELAYS,” SHOUTED ONE COMMUTER",
            ],
        ),
        *prose(
            "starts like a credit",
            [
                "Copyright 2021 was a record year for filings, the office said.",
                "Copyright 2024 was the busiest year for the office, a spokesperson said",
                "Originally published in 1921, the essay was banned for decades.",
                "Source: a person familiar with the talks.",
                "Sources close to the minister said she would stay.",
                "— and then the lights went out.",
                "(Officials declined to comment.)",
                "Graphic images of the flood spread online.",
            ],
        ),
        *prose(
            "starts like a promo",
            [
                "The article continues below the fold, the editor explained.",
                "This article is for subscribers only, the publisher said, and it sold well.",
                "Start your free trial of the new ferry pass on Monday, the operator urged.",
                "To continue reading the report, the judge said, would take all night.",
                "Ad revenue fell by half.",
                "Up next for the council is the budget vote.",
                "Get our newsletter, the candidate urged, and read the plan.",
                "Register of shipping shows 40 vessels.",
                "Donate now, the charity asked, before winter comes.",
                "Have a tip for the police? Call the hotline, the chief said.",
                "Subscribe for unlimited access, the ad read, and thousands did.",
                "Want to know more? Officials said the report would be published in June.",
                "Become a member of the union, organisers urged dock workers.",
                "Thanks for reading the riot act, the judge told the lawyers.",
            ],
        ),
        *prose(
            "starts like a widget",
            [
                "We use cookies to track you, the firm admitted.",
                "This site uses cookies from three ad networks, the regulator found in its report on Monday.",
                "Save for the harbour master, no one saw the ship.",
                "Video footage showed the arrest.",
                "Video: the union posted the clip on Monday and it spread.",
                "Video: Dock workers marched through Kessel on Monday.",
                "Watch: the clip shows the ship hit the bridge.",
                "Play resumed after the rain.",
                "Tags on the birds show they flew south.",
                "Topics: what the ministers will discuss on Friday",
                "Home to 3,000 people, the island has no doctor.",
                "Comments are welcome, the council said.",
                "Report an error in your tax return within 30 days, the agency said.",
                "Listen, the mayor said, we are not leaving.",
                "Yes, no, maybe: the minister dodged the question.",
                "Analysis of the samples showed the water was safe.",
                "Live music was banned after 10 p.m.",
                "Opinion: the dam must go",
            ],
        ),
        *prose(
            "starts like a date or byline",
            [
                "May 18, 2026 was the wettest day on record.",
                "Tuesday, May 18, 2026 is the deadline.",
                "3 hours ago the port closed.",
                "Updated maps were handed out.",
                "The hotline can be reached at 555-0100, officials said.",
                "The hotline can be reached at help@kessel.example, officials said.",
                "Email the council at help@kessel.example to complain, the mayor said.",
                "Ana Pell, a staff writer, was hurt in the blast.",
                "Lena Varga, the foreign editor of the Kessel Post, was detained.",
                "Edited versions of the video spread online.",
                "Reported cases rose by 40%.",
            ],
        ),
        *prose(
            "starts with click here",
            [
                "Click here and your savings are gone, police warned residents about the scam texts.",
                "Click here, the fake message said, to claim a refund.",
                "Click Here was the name of the campaign.",
            ],
        ),
        *prose(
            "starts like a comment prompt or role",
            [
                '"Let us know in the comments below," the mayor joked.',
                "Let us know if you see the missing dog, police said.",
                "Home Secretary Lena Varga",
                "A Kessel Post reporter",
            ],
        ),
        *prose(
            "starts like page furniture",
            [
                "Elsewhere on the island",
                "Posted by the embassy, the letter warned of unrest.",
                "Lena Varga reports to the minister.",
                "Kessel Post staff were evacuated.",
                "Everyone contributed to the fund, the organisers said.",
                "We use cookies from the bakery as a reward, the teacher said.",
                "I accept the result, the mayor said.",
                "Sign up for our newsletter, the candidate urged. Thousands did.",
                "Tags on the crates showed they came from Kessel.",
                "Got a story? Everyone in Kessel does, the mayor joked.",
                "Do you have a photo of your grandfather? Ask the archive, the librarian said.",
                "Translate this article into Norlandic, the judge ordered.",
                "Shares in the ferry company fell 12 percent.",
                "Facebook 34, Kessel 0, read the banner.",
                "[Photo: the harbour] was the only word on the page, the editor said.",
                "About the author of the report, the minister said little.",
                "Pin it on the union, the mayor said.",
                "Don't miss the last ferry, the operator warned.",
            ],
        ),
        *prose(
            "has a link or a gallery word",
            [
                "The full report is available at https://gov.example/report.",
                "Watch the ferry arrive at kessel.example, the mayor said.",
                "Visit the museum for more on the strike.",
                "Expand the port, the report said.",
                "Contact: the ministry did not respond.",
            ],
        ),
        *prose(
            "only looks like Markdown",
            [
                "The fine rose to 5 * 3 crowns, or 15 in all.",
                "The file was named ferry_times_2024 and kept_private by the port.",
                "A star * marks the seats that were lost, and ** marks the ones won.",
                "The f*** word was bleeped twice on air.",
                "Prices rose 4% (see table [1]) after the strike.",
                "The ferry sank in 1998.[3][4] Nobody was hurt.",
                "[Update]: Delayed",
                "The #1 ferry operator said the #2 would follow.",
                "Her score was > 90 in both rounds, said the board.",
                "The port posts as @_kesselport_ and its files at example.org/_ferry_/times today.",
            ],
            NOON,
        ),
        *prose(
            "names a share button in a sentence",
            [
                "The council voted to share the cost of the new pier.",
                "Share on Facebook was the button most readers pressed, the editor said.",
                "Print and email copies of the plan went to every household.",
                "Copy link cables were stolen from the depot on Tuesday",
            ],
            NOON,
        ),
        *prose(
            "tells of subscribers in a sentence",
            [
                "Readers who subscribe to continue reading were offered a discount.",
                "Only subscribers can read this article, the editor told the council, and that will not change.",
                "To continue reading the report, subscribe to the council's list, the clerk said.",
                "The museum's archive is exclusive to subscribers until May.",
            ],
            NOON,
        ),
        *prose(
            "tells of cookies, listening or a first edition in a sentence",
            [
                "We use cookies from the bakery on Quay Road, and you can learn more about them at the fair.",
                "This site uses cookies baked by local schoolchildren, and information about them is on the back.",
                "Listen to the mayor for 5 minutes and you will see why, Lind said.",
                "Originally published in 1921, the paper closed in May.",
                "Originally published in English, the report was translated into Estrian.",
            ],
            NOON,
        ),
        *prose(
            "tells of an image or its alt text in a sentence",
            [
                "Alt text matters for blind readers, the charity said.",
                "Image 2 of the report shows the pier before the storm.",
                "The image may contain errors, the museum warned.",
            ],
            NOON,
        ),
        *prose(
            "opens with a date or a time in words",
            [
                "An hour ago the ferry was still at the pier.",
                "The ferry was updated yesterday with new engines, the company said.",
                "Published today, the report names six councillors.",
                "March 3, 2026 was the day the pier fell.",
            ],
            NOON,
        ),
        *prose(
            "opens with 'By' and a day, then a dash",
            [
                "By Monday — Kessel's ferry was back in service.",
                "By Tuesday – Harbour Day – the pier had reopened.",
            ],
            NOON,
        ),
        *prose(
            "tells of an email, thanks, an inbox or advertising in a sentence",
            [
                "Your email was forwarded to the council, the clerk told Lind.",
                "No thanks were given to the volunteers, she said.",
                "Residents get the council's notices in their inbox every week.",
                "The firm will advertise with us on the ferry, the captain said.",
            ],
            NOON,
        ),
    ],
)
def test_prose_between_two_sentences_that_looks_like_noise_is_kept(around: tuple[str, str], line: str) -> None:
    before, after = around
    assert removed(f"{before}\n{line}\n{after}\n") == []


@pytest.mark.parametrize("line", ["…", "◆ ◆ ◆", "■", "❖", "★★★", "⁂", "-30-", "ENDS"])
def test_a_line_of_shapes_or_an_end_mark_between_parts_of_an_article_is_a_separator(line: str) -> None:
    """ "* * *" went as a separator; a break set with diamonds, squares or an ellipsis, and a wire story's end
    mark, went into the article as a sentence of their own."""
    cleaned = clean(f"The ferry left at noon.\n\n{line}\n\nIt docked at six.\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [("separator", line)]
    assert [s.text for s in segment(cleaned)] == ["The ferry left at noon.", "It docked at six."]


@pytest.mark.parametrize("line", ["×", "©", "…and then the ferry left.", "◆ The ferry left.", "Ends"])
def test_a_line_with_words_or_a_buttons_mark_is_no_separator(line: str) -> None:
    assert ("separator", line) not in removed(f"The ferry left at noon.\n\n{line}\n\nIt docked at six.\n")


@pytest.mark.parametrize("line", ["1/9", "9 / 11", "11/11", "99 of 100", "(3/12)", "(120 of 120)"])
def test_a_gallerys_counter_alone_on_its_line_is_removed(line: str) -> None:
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == [("gallery", line)]


@pytest.mark.parametrize("line", ["24/7", "(24/7)", "12 / 3", "10 of 9", "100/99", "999/998"])
def test_two_numbers_whose_first_is_greater_are_no_gallerys_counter(line: str) -> None:
    """Any two numbers with a slash or "of" between them went as a gallery's counter, "24/7" on a line of its own
    too; a counter's first number, the picture shown, is never greater than its second, the pictures there are."""
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Follow the Ministry on X and Facebook",
        "Follow the Tide Wire on Facebook, X and Instagram",
        "Follow the Kessel Post on YouTube",
        "Follow The Kessel Post on WhatsApp",
        "Follow the Harbour Office on Telegram: @harbouroffice",
        "Follow the Ministry on Twitter and Facebook.",
        "Follow the council on Facebook for updates.",
    ],
)
def test_a_line_asking_to_follow_someone_on_several_or_other_networks_is_a_widget(line: str) -> None:
    """Only one network, of eight, was looked for: a widget naming two, or YouTube, WhatsApp or Telegram, stayed."""
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money on Facebook and Twitter and you will see.",
        "Follow the Ministry on X, the campaign said.",
    ],
)
def test_a_sentence_telling_to_follow_someone_on_networks_is_kept(line: str) -> None:
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Follow the Kessel Post on Facebook and X.",
        "Follow the Tide Wire on Facebook, X and Instagram",
        "Follow Ana Pell on X @anapell",
        "Follow the U.S. Embassy on X.",
        "Follow the council on Facebook for updates.",
        "Follow @kesselpost",
    ],
)
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_line_asking_to_follow_someone_on_networks_is_cut_from_the_end_of_a_paragraph(line: str, glue: str) -> None:
    """On its own line "Follow the Kessel Post on Facebook" went as a widget; after a paragraph's last sentence it
    stayed in the article as a sentence of its own, where only "Follow us on Facebook" was cut."""
    cleaned = clean(f"Talks began.\nThe ferry left at noon.{glue}{line}\nIt docked at six.\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [("widget", line)]
    assert [s.text for s in segment(cleaned)] == ["Talks began.", "The ferry left at noon.", "It docked at six."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The campaign had a slogan. Follow the Ministry on X, it said.",
        "The mayor was blunt. Follow the rules. Her office is on Instagram.",
        "The guide waved. Follow the path on foot.",
    ],
)
def test_a_paragraph_that_ends_telling_someone_to_follow_a_thing_is_kept(paragraph: str) -> None:
    assert removed(f"Talks began.\n{paragraph}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Suivez le ministère sur X",
        "Folgen Sie der Kessel Post auf Instagram und Facebook",
        "Sigue a la Policía en X: @policia",
        "Segui il ministero su X e Instagram",
        "Siga o ministério no X",
    ],
)
def test_a_line_asking_to_follow_someone_on_networks_in_another_language_is_a_widget(line: str) -> None:
    """ "Follow the Ministry on X" went as a widget; the same line in French, German, Spanish, Italian or Portuguese
    stayed as a sentence."""
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line",
    ["Suivez le guide sur le sentier.", "Folgen Sie dem Fluss auf der Karte.", "Sigue a la policía en el coche."],
)
def test_a_sentence_telling_to_follow_someone_in_another_language_is_kept(line: str) -> None:
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


def test_a_follow_line_names_what_to_follow_in_at_most_sixty_characters() -> None:
    name = "x" + "Kessel Harbour Post " * 2 + "Kessel Harbour Post"  # 60 characters
    assert removed(f"Talks began.\nFollow {name} on Twitter\nThey ended.\n") == [
        ("widget", f"Follow {name} on Twitter")
    ]
    assert removed(f"Talks began.\nFollow x{name} on Twitter\nThey ended.\n") == []


@pytest.mark.parametrize(
    "credit",
    [
        "(Tarn Ferries via AP)",
        "(Courtesy of Tarn Ferries)",
        "(Ana Pell/Handout via Reuters)",
        "(Karel Dunn/Lakeside Press)",
        "(Ana Pell/The Kessel Post)",
        "Credit: Ana Pell for The Kessel Post",
        "REUTERS/Ana Pell",
        "ANA PELL/AFP via Getty Images",
        "Karel Dunn/Lakeside Press",
        # A credit in square brackets, as some sites set it.
        "[Karel Dunn/Lakeside Press]",
        "[Ana Pell / AFP]",
        "[Photo: Ana Pell]",
        "[Getty Images]",
        # A credit after "by", as one after a colon.
        "Photo by Ana Pell",
        "Photograph by Ana Pell/The Kessel Post",
    ],
)
def test_a_caption_ending_in_a_credit_of_a_source_is_removed(credit: str) -> None:
    line = f"The new ferry leaves Tarnby on its first crossing, Monday, March 2, 2026. {credit}"
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("caption", line)]


@pytest.mark.parametrize("credit", ["Photo courtesy of Ana Pell", "Image courtesy of the Kessel Council"])
def test_a_courtesy_credit_with_no_colon_goes_alone_after_a_caption_or_after_a_paragraph(credit: str) -> None:
    """ "Photo: courtesy of Ana Pell" went as a credit, and with its caption; "Photo courtesy of Ana Pell" stayed, alone
    on its line, after a caption, and after a paragraph's last sentence, each read as a sentence of the article."""
    assert removed(f"Talks began.\n{credit}\nThey ended.\n") == [("credit", credit)]
    caption = f"The new ferry leaves Tarnby on its first crossing, Monday, March 2, 2026. {credit}"
    assert removed(f"Talks began.\n{caption}\nThey ended.\n") == [("caption", caption)]
    bracketed = f"The new ferry leaves Tarnby on its first crossing ({credit})"
    assert removed(f"Talks began.\n{bracketed}\nThey ended.\n") == [("caption", bracketed)]
    paragraph = f"The ferry left. The town paid. The crowd cheered. The crew waved. {credit}"
    text = f"Talks began.\n\n{paragraph}\n\nThey ended.\n"
    assert removed(text) == [("credit", credit)]
    assert paragraph.removesuffix(credit).rstrip() in clean(text).kept


@pytest.mark.parametrize(
    "line", ["Photo courtesy of the museum was lost, she said.", "The ferry left. Photo courtesy matters, she said."]
)
def test_a_sentence_about_a_photo_courtesy_is_kept(line: str) -> None:
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "credit",
    ["PHOTO: ANA PELL/REUTERS", "PHOTO: Reuters", "PHOTOGRAPH: Ana Pell", "IMAGE: Getty Images", "PHOTO BY ANA PELL"],
)
def test_a_caption_ending_in_a_credit_labelled_in_capitals_is_removed(credit: str) -> None:
    """ "Photo: Reuters" ended a caption, removed whole; "PHOTO: Reuters", as some sites set the label, left the
    caption and its credit as a sentence of the article."""
    line = f"The new ferry leaves Tarnby on its first crossing, Monday, March 2, 2026. {credit}"
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("caption", line)]


@pytest.mark.parametrize("credit", ["PHOTO: ANA PELL/REUTERS", "PHOTO: Reuters", "IMAGE: Getty Images"])
def test_a_credit_labelled_in_capitals_at_the_end_of_a_paragraph_goes_and_its_sentences_stay(credit: str) -> None:
    paragraph = f"The ferry left. The town paid. The crowd cheered. The crew waved. {credit}"
    text = f"Talks began.\n\n{paragraph}\n\nThey ended.\n"
    assert removed(text) == [("credit", credit)]
    assert paragraph.removesuffix(credit).rstrip() in clean(text).kept


@pytest.mark.parametrize("line", ["Ana Pell took the PHOTO: it won a prize.", "It said PHOTO: none were taken."])
def test_a_sentence_with_a_capital_photo_label_inside_it_is_kept(line: str) -> None:
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "The exhibition is called Photo: New Visions.",
        "The show is called Photo: Lake Light.",
        "She named the album Picture: Kessel Nights.",
    ],
)
def test_a_sentence_naming_a_work_that_opens_with_a_photo_label_is_kept(line: str) -> None:
    """The sentence went whole as a caption, "Photo: New Visions." read as the credit at its end; a credit follows
    its caption's full stop, and does not end in one after a word of the sentence."""
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


def test_a_caption_without_its_full_stop_before_the_credit_is_still_a_caption() -> None:
    line = "Divers search the harbour at dawn Photo: Jo Marr"
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("caption", line)]


@pytest.mark.parametrize(
    "line",
    [
        "La maire salue les passagers sur le quai de Kessel, le 2 mars 2026. Photo : Léa Brun",
        "La maire salue les passagers sur le quai de Kessel, le 2 mars 2026. Crédit photo : Léa Brun / AFP",
        "La maire salue les passagers sur le quai de Kessel, le 2 mars 2026. © AFP",
        "La maire salue les passagers sur le quai de Kessel, le 2 mars 2026. © Léa Brun / Maxppp",
        "La maire salue les passagers sur le quai de Kessel, le 2 mars 2026 (Photo : Léa Brun)",
        "Die Bürgermeisterin begrüßt die Fahrgäste am Kai in Kessel. Foto: Jona Marr/dpa",
        "Die Bürgermeisterin begrüßt die Fahrgäste am Kai in Kessel. Foto: Jona Marr",
        "Die Bürgermeisterin begrüßt die Fahrgäste am Kai in Kessel. Bild: Keystone",
        "Die Bürgermeisterin begrüßt die Fahrgäste am Kai in Kessel. (Foto: dpa)",
    ],
)
def test_a_caption_ending_in_a_french_or_german_credit_is_removed(line: str) -> None:
    """A caption ending in "Photo: Jona Marr" went as a caption; one ending in "Photo : Léa Brun", "Foto: Jona Marr/dpa"
    or "© AFP", as French and German pages set their credits, stayed, read as a sentence of the article."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("caption", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Foto ANSA",
        "Photo AFP",
        "Photo AP",
        "Foto Ansa/Ettore Marr",
        "(Foto LaPresse)",
        "Fonte: ANSA",
        "Fuente: EFE",
        "Quelle: dpa",
        "Bild: picture alliance/dpa",
        "Foto: picture alliance / dpa / Jona Marr",
        "Fonte ANSA",
        "Fuente EFE",
        "Quelle dpa",
        "Quelle: dpa/afp",
        "Quelle dpa/afp",
    ],
)
def test_an_agencys_photo_or_source_credit_alone_on_its_line_is_a_credit(line: str) -> None:
    """ "Foto: ANSA" went as a credit; "Foto ANSA" with no colon, an Italian or Spanish source ("Fonte: ANSA", or
    "Fonte ANSA" with no colon), and a German credit of an agency written in small letters ("Quelle: dpa", "Quelle
    dpa") stayed, each a sentence of its own."""
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato.\n") == [("credit", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Photo ID",
        "Photo Finish",
        "Quelle: eigene Recherche",
        "Foto: la festa in piazza",
        "Fonte Nuova",
        "Quelle surprise",
    ],
)
def test_a_line_that_opens_like_an_agencys_credit_but_names_none_is_kept(line: str) -> None:
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato.\n") == []


@pytest.mark.parametrize(
    "credit",
    [
        "Foto ANSA",
        "Photo AFP",
        "Fonte: ANSA",
        "Quelle: dpa",
        "Bild: picture alliance/dpa",
        "Foto LaPresse",
        "Fonte ANSA",
        "Quelle dpa/afp",
    ],
)
def test_an_agencys_credit_at_the_end_of_a_paragraph_is_cut_from_it(credit: str) -> None:
    """ "… al molo. Foto: ANSA" lost its credit; "… al molo. Foto ANSA" kept it as words of the paragraph's last
    sentence."""
    cleaned = clean(f"Il traghetto è partito.\nLa sindaca saluta i passeggeri al molo. {credit}\nÈ arrivato.\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [("credit", credit)]
    assert "La sindaca saluta i passeggeri al molo." in cleaned.kept


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("La sindaca saluta i passeggeri al molo (Foto ANSA)", "(Foto ANSA)"),
        ("Die Bürgermeisterin am Kai. (Bild: picture alliance/dpa)", "(Bild: picture alliance/dpa)"),
        ("Die Fähre (Foto: Jona Marr/dpa) legte am Montag an.", "(Foto: Jona Marr/dpa)"),
    ],
)
def test_an_agencys_credit_in_brackets_is_cut_from_its_line(line: str, credit: str) -> None:
    """ "(Photo: Jona Marr)" went as a credit; "(Foto ANSA)" and "(Bild: picture alliance/dpa)" stayed in the text."""
    cleaned = clean(f"Il traghetto è partito.\n{line}\nÈ arrivato.\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [("credit", credit)]
    assert credit not in cleaned.kept


@pytest.mark.parametrize(
    "line",
    ["Die Route führt am Kai entlang (Bild: eine Karte der Route) und endet am Hafen.", "The pass (Photo ID) is free."],
)
def test_words_in_brackets_that_open_like_a_photo_credit_but_name_no_one_are_kept(line: str) -> None:
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato.\n") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Es regnete. Quelle: eigene Recherche",
        "He left. Photo Finish won the race",
        "Sie kam. Foto: am Kai",
        "Il partit. Quelle surprise",
        "Es regnete. Quelle ARD-Bericht",
    ],
)
def test_a_paragraph_ending_like_an_agencys_credit_that_names_none_is_kept(paragraph: str) -> None:
    assert removed(f"Il traghetto è partito.\n{paragraph}\nÈ arrivato.\n") == []


@pytest.mark.parametrize("line", ["© RIPRODUZIONE RISERVATA", "© KESSEL POST 2026"])
def test_a_copyright_line_in_capitals_is_a_credit_not_a_linked_headline(line: str) -> None:
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("credit", line)]


@pytest.mark.parametrize("credit", ["[Ana Pell/The Kessel Post]", "[Ana Pell / AFP]"])
def test_a_credit_in_square_brackets_alone_on_its_line_is_a_credit(credit: str) -> None:
    """ "(Ana Pell/The Kessel Post)" alone on its line went as a credit; in square brackets it stayed as a sentence."""
    assert removed(f"Talks began.\n{credit}\nThey ended.\n") == [("credit", credit)]


@pytest.mark.parametrize(
    "line",
    [
        'The mayor said: "We will rebuild." [Applause]',
        "The council met on Monday [in private].",
        "KESSEL [Wire] - The ferry returned on Monday.",
        "Die Fähre legte an. Das Bild: ein Fest am Hafen.",
        "Le ferry a repris lundi. Il était attendu. La maire a salué les marins. © AFP",
        "The council met on Monday. The report was written by Ana Pell",
        "The council met on Monday. Photo by the harbour, the ferry waits.",
    ],
)
def test_a_line_ending_in_brackets_or_a_credit_that_is_no_caption_keeps_its_sentences(line: str) -> None:
    # A paragraph of three sentences and more is no caption: it loses its credit alone.
    kept = clean(f"Le ferry est parti.\n{line}\nIl est arrivé.\n").kept
    assert line.removesuffix(" © AFP") in kept


@pytest.mark.parametrize("space", [" ", "\u00a0"], ids=["space", "no-break space"])
def test_trailing_read_more_is_cut_from_its_paragraph(space: str) -> None:
    text = f"The envoy still has not returned.{space}Read more\nTalks resume.\n"
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [("promo", "Read more")]
    assert "Read more" not in cleaned.kept


@pytest.mark.parametrize(
    "link",
    ["Read more.", "Read more »", "Read more…", "Read more...", "READ MORE ›", "Full story →", "Continue reading →"],
)
def test_a_read_more_link_with_a_full_stop_arrow_or_ellipsis_is_cut_from_its_paragraph(link: str) -> None:
    """ "Read more" went from a paragraph's end, and "Read more »" on a line of its own; "Read more »" at the end of a
    paragraph stayed in it as a sentence of its own."""
    cleaned = clean(f"The envoy still has not returned. {link}\nTalks resume.\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [("promo", link)]
    assert [s.text for s in segment(cleaned)] == ["The envoy still has not returned.", "Talks resume."]


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        ("Read more", "promo"),
        ("Related: Ferry fares to rise", "promo"),
        ("Weiterlesen", "promo"),
        ("Share on Facebook Share on X", "widget"),
        ("Follow the Kessel Post on X.", "widget"),
        ("© 2026 Kessel Post", "credit"),
    ],
)
def test_noise_after_a_paragraph_cut_short_with_an_ellipsis_is_cut(tail: str, reason: str) -> None:
    """A teaser cut short ends in an ellipsis: after "..." a trailing "Read more" went, after "…" it stayed."""
    cleaned = clean(f"Talks began.\nThe ferry returned and dock workers… {tail}\nThey ended.\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [(reason, tail)]
    assert [s.text for s in segment(cleaned)][1] == "The ferry returned and dock workers…"


@pytest.mark.parametrize("paragraph", ["The envoy wrote back. Read more about it.", "He paused. Continue reading"])
def test_a_paragraph_ending_in_a_sentence_that_starts_like_a_read_more_link_is_kept(paragraph: str) -> None:
    assert removed(f"{paragraph}\nTalks resume.\n") == []


@pytest.mark.parametrize(
    "promo", ["Read more: Ferry fares to rise in March", "Related: Pell quits as mayor", "Watch: “We will rebuild”"]
)
def test_a_linked_headline_after_the_last_sentence_of_a_paragraph_is_cut(promo: str) -> None:
    text = f"The ferry was full on Monday. {promo}\nTalks resume.\n"
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [("promo", promo)]
    assert segment(cleaned)[0].text == "The ferry was full on Monday."


@pytest.mark.parametrize(
    "paragraph",
    [
        # A last sentence that only starts like a linked headline.
        "The coach had one message. Watch: the team will attack from the start.",
        "Pell gave two reasons. Related: the ferry contract ends in May.",
        "He named the book. Read more: Tarnby Tales, by Ana Pell, is out in May.",
        "He named the book. Read more: Tarnby Tales is out in May.   ",
        # A closing aside that is no source credit.
        "Dock workers cheered (Tide Wire).",
        "Dock workers cheered. (Their union did not.)",
        "Dock workers cheered. (Tide Wire reported the vote first.)",
        "Fares rose on the Kessel run. (Tarnby/Kessel fares did not.)",
        "The ferry runs twice a day (Tarnby/Kessel).",
        "The ferry runs twice a day. Tarnby/Kessel",
        "Fares rose. He/she paid more",
        "Q: Will you run again? A: Ask my wife. (Laughter)",
        # A last sentence that only starts like a footer.
        "The scandal grew. Reporting by the Kessel Post found the dam was weak; editing by the ministry hid it.",
        "The paper printed his letter. (Reporting by the paper had angered him.)",
        "The ruling was a blow. Copyright 2021 was a record year, the office said.",
        "The board met on Monday. The agency approved the advertisement",
        "The board met on Monday. Share this article with your neighbours, the council urged.",
    ],
)
def test_a_last_sentence_that_only_starts_like_noise_is_kept(paragraph: str) -> None:
    assert removed(f"{paragraph}\nTalks resume.\n") == []


@pytest.mark.parametrize(
    "label",
    ["Advertisement", "Story continues below", "Story continues below advertisement", "ARTICLE CONTINUES BELOW"],
)
def test_an_advertisement_or_continues_below_label_between_two_sentences_is_cut(label: str) -> None:
    text = f"The council voted on Monday. {label} The mayor said the ferries would run.\n"
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [("promo", label)]
    assert [s.text for s in segment(cleaned)] == [
        "The council voted on Monday.",
        "The mayor said the ferries would run.",
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("AdvertisementThe mayor said the ferries would run.", "Advertisement"),
        ("Advertisement The mayor said the ferries would run.", "Advertisement"),
        ("ADVERTISEMENT“The ferries will run,” the mayor said.", "ADVERTISEMENT"),
        ("Story continues belowThe mayor said the ferries would run.", "Story continues below"),
        ("Anzeige Die Bürgermeisterin sagte, die Fähren würden fahren.", "Anzeige"),
        ("AnzeigeDie Bürgermeisterin sagte, die Fähren würden fahren.", "Anzeige"),
        ("PublicitéLa maire a dit que les ferries rouleraient.", "Publicité"),
        ("The council voted on Monday. AdvertisementThe mayor said the ferries would run.", "Advertisement"),
        ("Advertisement: The mayor said the ferries would run.", "Advertisement:"),
        ("- Advertisement - The mayor said the ferries would run.", "- Advertisement -"),
        ("Advertisement · The mayor said the ferries would run.", "Advertisement ·"),
        ("The council voted on Monday. ADVERTISEMENT: The mayor said the ferries would run.", "ADVERTISEMENT:"),
        ("Anzeige: Die Bürgermeisterin sagte, die Fähren würden fahren.", "Anzeige:"),
        ("• Publicité • La maire a dit que les ferries rouleraient.", "• Publicité •"),
    ],
)
def test_an_advertisement_label_opening_a_line_or_glued_to_a_sentence_is_cut_and_the_sentence_kept(
    line: str, label: str
) -> None:
    """The label stayed at the head of the next sentence ("AdvertisementThe mayor said…", "Anzeige Die
    Bürgermeisterin…") where a page set it in a paragraph of its own and the scrape joined them."""
    cleaned = clean(f"Talks began.\n{line}\nThey ended.\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [("promo", label)]
    assert " ".join(line.replace(label, "", 1).split()) in " ".join(cleaned.kept.split())


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement revenue fell by a fifth.",
        "Advertisements ran in every paper.",
        "Anzeige gegen den Kapitän wurde erstattet.",
        "AdvertisementsThe council paid for ran again.",
        "Advertisement: a notice paid for by the council.",
        "Anzeige - gegen den Kapitän.",
    ],
)
def test_a_line_opening_with_a_word_like_an_advertisement_label_is_kept(line: str) -> None:
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Advertisement Standards rules changed on Monday.",
        "The ferry returned. Advertisement Standards Authority rules changed.",
        "Anzeige-Pflicht gilt ab Mai.",
        "Die Fähre fuhr ab. Anzeige-Pflicht gilt ab Mai.",
    ],
)
def test_a_name_that_opens_with_an_advertising_label_word_is_kept_whole(paragraph: str) -> None:
    """The label was cut from the name it begins: "Advertisement Standards rules changed" read as "Standards rules
    changed", and "Anzeige-Pflicht" as "Pflicht", the hyphen taken for a label's dash."""
    assert removed(f"Talks began.\n{paragraph}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Die Fähre fuhr ab. Werbung Der Bürgermeister sprach.",
        "Die Fähre fuhr ab. WerbungDer Bürgermeister sprach.",
        "Werbung Der Bürgermeister sprach.",
        "Der Bürgermeister sprach. Werbung",
    ],
)
def test_a_german_werbung_label_glued_into_a_paragraph_is_cut_from_it(paragraph: str) -> None:
    """ "Anzeige" between two sentences went as a promo; "Werbung", the other German label, stayed in the sentence
    after it ("Werbung Der Bürgermeister sprach.")."""
    text = f"Talks began.\n{paragraph}\nThey ended.\n"
    assert removed(text) == [("promo", "Werbung")]
    assert "Der Bürgermeister sprach." in clean(text).kept


@pytest.mark.parametrize(
    "line",
    ["Skip Advertisement", "SKIP ADVERTISEMENT", "Story continues", "Article continues", "Send any friend a story"],
)
def test_a_button_to_skip_an_advertisement_or_a_story_continues_label_alone_on_its_line_is_a_promo(line: str) -> None:
    """ "Skip ad" and "Story continues below" went as promos; a page's "Skip Advertisement" button over its advert, a
    bare "Story continues" under it, and a gift link's "Send any friend a story" stayed as sentences."""
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line", ["The story continues.", "Skip advertisements at your peril, he said.", "Send a story"]
)
def test_a_sentence_that_opens_like_a_skip_or_continues_label_is_kept(line: str) -> None:
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


def test_a_sentence_about_a_story_that_continues_is_kept() -> None:
    assert removed("The ferry sank. Story continues below the waterline, divers said. It was cold.\n") == []


def test_a_sentence_about_advertisements_is_kept() -> None:
    text = "The council voted on Monday. Advertisement revenue fell. Advertisements Pell had paid for ran again.\n"
    assert removed(text) == []


@pytest.mark.parametrize("credit", ["(Tide Wire)", "(The Kessel Post)", "(AFP)"])
def test_a_source_credit_after_the_last_sentence_of_a_paragraph_is_cut(credit: str) -> None:
    text = f"The ferry returned on Monday. Dock workers cheered. {credit}\nTalks resume.\n"
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [("credit", credit)]
    sentences = ["The ferry returned on Monday.", "Dock workers cheered.", "Talks resume."]
    assert [s.text for s in segment(cleaned)] == sentences


@pytest.mark.parametrize(
    "credit",
    ["© 2026", "©2026.", "© 2024–2026", "Copyright 2026", "Copyright © 2026.", "(c) 2026", "(C) 2026 Kessel Post"],
)
def test_a_copyright_year_without_an_owner_after_a_paragraphs_last_sentence_is_cut(credit: str) -> None:
    """ "© 2026 Kessel Post" went from the end of a paragraph, but a sign and a year with no owner after them stayed
    in its last sentence, and so did a "(c)" with its year and owner, which goes on a line of its own."""
    text = f"The ferry returned on Monday. Dock workers cheered. {credit}\nTalks resume.\n"
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [("credit", credit)]
    sentences = ["The ferry returned on Monday.", "Dock workers cheered.", "Talks resume."]
    assert [s.text for s in segment(cleaned)] == sentences


def test_linked_name_debris_is_removed_and_the_sentence_survives() -> None:
    text = (
        "Port Minister Lena VargaLena VargaCity opens new ferry line Union chief warns of long strike MORE "
        "will meet union leaders on Friday.\n"
    )
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [
        ("link-debris", "Lena VargaCity opens new ferry line Union chief warns of long strike MORE")
    ]
    sentences = newsdiff.compare([text, "Lena Varga will meet union leaders on Friday, officials said."])
    assert sentences.articles[0].sentences[0].text == "Port Minister Lena Varga will meet union leaders on Friday."


@pytest.mark.parametrize(
    ("line", "debris"),
    [
        # The name ends the sentence or opens a clause: a full stop or a comma stands right after "MORE".
        (
            "The talks were led by Port Minister Lena VargaLena VargaCity opens new ferry line MORE.",
            "Lena VargaCity opens new ferry line MORE",
        ),
        (
            "Port Minister Lena VargaLena VargaCity opens new ferry line MORE, who leads the talks, will speak.",
            "Lena VargaCity opens new ferry line MORE",
        ),
        # A name of one word.
        (
            "The singer VargaVargaCity opens new ferry line MORE will play on Friday.",
            "VargaCity opens new ferry line MORE",
        ),
    ],
)
def test_linked_name_debris_before_punctuation_or_of_a_one_word_name_is_removed(line: str, debris: str) -> None:
    cleaned = clean(f"{line}\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [("link-debris", debris)]
    assert "MORE" not in cleaned.kept and "City opens" not in cleaned.kept


def test_linked_name_debris_is_looked_for_only_in_words_of_a_name_s_length() -> None:
    # The bound keeps the rule linear: unbounded, a long run of capitalised letters before " MORE" made it try
    # every pair of places in the run (40 seconds for a line of 9,000 characters).
    long_name = "Ana V" + "a" * 42  # a word of 43 letters
    text = f"Port Minister {long_name}{long_name}City opens new ferry line MORE will meet union leaders.\n"
    assert [r.reason for r in clean(text).removals] == []
    name = "Ana V" + "a" * 41
    text = f"Port Minister {name}{name}City opens new ferry line MORE will meet union leaders.\n"
    assert [r.reason for r in clean(text).removals] == ["link-debris"]


def test_duplicated_headline_is_removed_after_the_first() -> None:
    text = "Strike talks in Kessel\n\nStrike talks in Kessel\nThe talks began.\n"
    assert removed(text) == [("headline", "Strike talks in Kessel"), ("headline-duplicate", "Strike talks in Kessel")]


@pytest.mark.parametrize(
    ("page_title", "headline"),
    [
        ("Strike talks in Kessel | Kessel Post", "Strike talks in Kessel"),
        ("Strike talks in Kessel - Harbour Herald", "Strike talks in Kessel"),
        ("Kessel’s strike talks begin", "Kessel's strike talks begin"),
        ("Strike talks  in Kessel", "Strike talks in Kessel"),
    ],
)
def test_a_headline_repeated_with_the_sites_name_or_other_quotes_is_a_duplicate(page_title: str, headline: str) -> None:
    # Pages give the headline twice: in the page's title, after which the site's name often stands, and above
    # the article, with the same words but not always the same quotation marks or spaces.
    text = f"{page_title}\n\n{headline}\nThe talks began.\n"
    assert removed(text) == [("headline", page_title), ("headline-duplicate", headline)]


def test_a_line_that_is_only_part_of_the_headline_is_kept() -> None:
    text = "Pell - the mayor who stayed\nThe talks began.\nPell\nThey ended.\n"
    assert removed(text) == [("headline", "Pell - the mayor who stayed")]


def test_prose_is_not_mistaken_for_noise() -> None:
    text = (
        "Read more about the strike, the minister urged in a letter to the union.\n"
        "By Friday, the two sides had agreed on a timetable.\n"
        "The port has 1 of 3 cranes working.\n"
        "Print newspapers in Kessel lost readers in 2020.\n"
        "Comments by the minister angered the union.\n"
        "Follow-up talks are set for June.\n"
        "Watch what happens next, the envoy told reporters.\n"
        "Loading of the ships resumed on Tuesday.\n"
    )
    assert removed(text) == []


def test_a_bare_date_above_the_headline_is_not_taken_for_the_headline() -> None:
    text = "May 18, 2026\nFerry returns to Kessel\nThe ferry returned on Monday. It was full."
    [article] = newsdiff.load([text])
    assert article.title == "Ferry returns to Kessel"
    assert removed(text) == [("timestamp", "May 18, 2026"), ("headline", "Ferry returns to Kessel")]


def test_a_bulleted_list_of_names_is_kept() -> None:
    text = "The treaty was signed by three states:\n- Tavaria\n- Korvenia\n– Norland\nThey met in May.\n"
    assert removed(text) == []


def test_a_pull_quote_keeps_its_speaker() -> None:
    assert removed('The mayor spoke last.\n"We will rebuild."\n— Mayor Lena Varga\nThe crowd cheered.\n') == []


@pytest.mark.parametrize(
    "heading",
    [
        "Around the web",
        "From our partners",
        "Elsewhere on Kessel Post",
        "More to explore",
        "Up next",
        "In Other News",
        # A heading over a box of links not to miss.
        "Don't miss",
        # "More from" and a name (see test_a_line_that_leads_into_more_of_the_article_is_no_list_heading).
        "More from Kessel Post",
        "More from the Harbour Herald",
        "More from this section",
        # A see-also box: the heading alone on its line, the linked headlines under it.
        "See also",
        "See also:",
        "Read also",
        "Also read:",
    ],
)
def test_recommendation_boxes_take_their_links(heading: str) -> None:
    text = f"The talks began on Monday.\n{heading}\nHarbour tolls to rise\nThey ended on Tuesday.\n"
    assert removed(text) == [("promo", heading), ("promo", "Harbour tolls to rise")]


@pytest.mark.parametrize("heading", ["Tags", "Tags:", "Filed under"])
def test_a_tags_heading_takes_the_tags_under_it(heading: str) -> None:
    text = f"The talks began on Monday.\n{heading}\nKessel\nFerries, Strikes\nThey ended on Tuesday.\n"
    assert removed(text) == [("widget", heading), ("widget", "Kessel"), ("widget", "Ferries, Strikes")]


def test_a_page_with_every_kind_of_furniture_keeps_its_prose_and_reports_the_rest() -> None:
    # Corrections and editor's notes are the article's own words; a caption with no label reads as prose.
    prose = [
        "The ferry to Kessel ran again on Monday for the first time in a week.",
        "The council voted to share the cost of repairs with the province.",
        "She said the advertisement for the new timetable was misleading.",
        "A ferry approaches the pier in Kessel on Monday.",
        "Correction: An earlier version of this article gave the wrong length for the crossing. It is forty minutes.",
        "Editor's note: Mara Lind is a member of the Kessel harbour board.",
    ]
    furniture = [
        ("widget", "We and our partners use cookies to store and access information on your device."),
        ("widget", "Accept all"),
        ("byline", "By Mara Lind, Senior Correspondent"),
        ("widget", "4 min read"),
        ("timestamp", "Updated 3 hours ago"),
        ("widget", "Listen to this article 5:32"),
        ("widget", "Share on Facebook Share on X Copy link"),
        ("widget", "Table of contents"),
        ("widget", "1. The crossing"),
        ("widget", "2. The cost"),
        ("caption", "Alt text: A ferry waits at the pier."),
        ("promo", "Story continues below advertisement"),
        ("promo", "Sign up for our newsletter"),
        ("promo", "Become a subscriber to continue reading."),
        ("credit", "This article originally appeared in The Kessel Courier."),
    ]
    lines = [*(line for _, line in furniture[:10]), prose[0], furniture[10][1], prose[1], furniture[11][1]]
    lines += [prose[2], prose[3], furniture[12][1], furniture[13][1], prose[4], prose[5], furniture[14][1]]
    cleaned = clean("Kessel ferry returns after a week of storms\n" + "\n".join(lines) + "\n")
    assert [(r.reason, r.text) for r in cleaned.removals] == [
        ("headline", "Kessel ferry returns after a week of storms"),
        *furniture,
    ]
    assert [line.strip() for line in cleaned.kept.split("\n") if line.strip()] == prose


@pytest.mark.parametrize(
    "heading",
    ["Table of contents", "Contents", "Contents:", "Show contents", "In this article", "On this page", "Jump to"],
)
def test_a_table_of_contents_takes_the_section_titles_under_it(heading: str) -> None:
    text = (
        "The ferry to Kessel ran again on Monday.\n"
        f"{heading}\n"
        "1. The night the pier gave way\n"
        "2. Who pays for the repairs?\n"
        "Harbour master Ilse Vorm said the crossing took forty minutes.\n"
    )
    assert removed(text) == [
        ("widget", heading),
        ("widget", "1. The night the pier gave way"),
        ("widget", "2. Who pays for the repairs?"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The table of contents listed twelve chapters, the author said.",
        "Contents of the ship were seized by customs on Tuesday.",
        "In this article, the council sets out its case for the new pier.",
        "Jump to conclusions, the judge warned the jury.",
    ],
)
def test_prose_that_mentions_contents_is_no_table_of_contents(line: str) -> None:
    text = f"The ferry to Kessel ran again on Monday.\n{line}\nThe night the pier gave way\nIt docked at six.\n"
    assert removed(text) == []


def test_a_list_under_a_categories_subheading_is_kept() -> None:
    # An award's story lists its categories; a page's "Categories" box is rarer than that in news.
    text = "The prizes were given on Monday.\nCategories\nBest novel\nBest debut\nThe jury met for a week.\n"
    assert removed(text) == []


def test_a_paragraph_in_brackets_that_opens_like_a_contributor_line_is_kept() -> None:
    assert removed("The paper printed his letter.\n(Reporting by the paper had angered him.)\nHe sued.\n") == []


def test_a_paragraph_ending_in_a_photo_credit_loses_only_the_credit() -> None:
    text = (
        "KESSEL (Wire) - The harbour bridge fell on Monday. Officials said it had been inspected in March. "
        "The mayor called for an inquiry. Divers search the river. (Photo by Jo Marr/Getty Images)\n"
    )
    assert removed(text) == [("credit", "(Photo by Jo Marr/Getty Images)")]


@pytest.mark.parametrize("credit", ["(Karel Dunn/Lakeside Press)", "Karel Dunn/Lakeside Press", "REUTERS/Ana Pell"])
def test_a_paragraph_ending_in_a_photographers_credit_with_or_without_brackets_loses_only_the_credit(
    credit: str,
) -> None:
    text = (
        "The harbour bridge fell on Monday. Officials said it had been inspected in March. "
        f"The mayor called for an inquiry. {credit}\n"
    )
    assert removed(text) == [("credit", credit)]


def test_a_contributor_line_after_prose_loses_only_the_credit() -> None:
    text = "Police said the suspect fled and was caught near the station. Lisa Ortt contributed to this report.\n"
    assert removed(text) == [("contributor", "Lisa Ortt contributed to this report.")]


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        ("(Reporting by Ana Pell in Kessel; Editing by Tomas Gruber)", "contributor"),
        ("(Reporting by Ana de Pell; Additional reporting by Jo van Marr; Editing by Tomas Gruber)", "contributor"),
        ("Reporting by Ana Pell; Editing by Tomas Gruber", "contributor"),
        ("Advertisement", "promo"),
        ("Story continues below advertisement", "promo"),
        ("Continue reading below", "promo"),
        ("Continue reading the main story", "promo"),
        ("Copyright 2026 Tide Wire. All rights reserved.", "credit"),
        ("© 2026 Kessel Post", "credit"),
        ("Sign up for our newsletter.", "promo"),
        ("Subscribe now", "promo"),
        ("Share this article", "widget"),
        ("Follow us on Twitter and Instagram.", "promo"),
        ("Click here to read more.", "promo"),
        ("Subscribe to continue reading", "promo"),
        ("Share on Facebook Share on X Copy link", "widget"),
        ("Share on X | Share via Email", "widget"),
    ],
)
def test_a_footer_glued_to_the_last_paragraph_is_cut_from_it(tail: str, reason: str) -> None:
    text = f"The ferry returned on Monday. Dock workers cheered.  {tail}\nTalks resume.\n"
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [(reason, tail)]
    assert "Dock workers cheered." in cleaned.kept


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Add to saved stories", "widget"),
        ("Follow this topic", "widget"),
        ("Open in app", "widget"),
        ("Copy link to clipboard", "widget"),
        ("Back to article", "widget"),
        ("Top of page", "widget"),
        ("0:00 / 3:12", "widget"),
        ("Sign out", "widget"),
        ("My account", "widget"),
        ("Thanks for your feedback!", "widget"),
        ("Advertisement Feedback", "widget"),
        ("Click to enlarge", "gallery"),
        ("Tap to expand", "gallery"),
    ],
)
def test_a_pages_account_player_and_navigation_buttons_are_removed(line: str, reason: str) -> None:
    """ "Back to top", "Sign in" and "Click the image to enlarge" went; these buttons beside them stayed as prose."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Back to the article's main claim, the judge said.",
        "Sign out of the deal, the union told its members.",
        "My account of the night differs, the captain said.",
        "Follow this topic closely, the editor urged.",
    ],
)
def test_a_sentence_that_starts_like_a_pages_button_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "line", ["• Print", "Print |", "| Email |", "Comments ›", "· Save", "› Home", "Search »", "Print ›"]
)
def test_a_one_word_button_with_a_bullet_bar_or_arrow_beside_it_is_a_widget(line: str) -> None:
    """ "Print" alone went, and so did "Share |" with the bar of its row; "Print |" beside it, or "• Print" with a
    bullet, stayed in the article as a sentence."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line", ["Follow", "FOLLOW", "Unfollow", "Follow author", "Share article", "Share story", "Share the page"]
)
def test_a_follow_or_share_button_alone_on_its_line_is_a_widget(line: str) -> None:
    """ "Share" and "Follow this topic" went; the author's "Follow" button and "Share article" stayed."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("widget", line)]


@pytest.mark.parametrize("line", ["Follow the money.", "Share the road", "Print runs fell | Sales rose", "- Print"])
def test_a_line_that_only_starts_like_a_one_word_button_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "line",
    ["Read more »", "Read more →", "Read more…", "Read more...", "› Read more", "Continue reading →", "See more ›"],
)
def test_a_read_more_link_with_an_arrow_or_an_ellipsis_is_a_promo(line: str) -> None:
    """ "Read more" went with a dash or a bar beside it, and stayed with the arrow or ellipsis pages set after it."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("promo", line)]


@pytest.mark.parametrize("line", ["Read more... or less, the teacher said.", "More… than ever, the fans sang."])
def test_a_sentence_that_starts_with_read_more_and_an_ellipsis_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read\u00a0more", "promo"),
        ("Share\u00a0this\u00a0article", "widget"),
        ("Accept\u00a0all", "widget"),
        ("Skip\u2009to\u2009content", "widget"),
        ("Suivez-nous sur\u00a0Facebook", "promo"),
        ("Lire\u00a0aussi\u00a0: Les dockers votent", "promo"),
        ("12\u202fcomments", "widget"),
        ("Read\tmore", "promo"),
        ("Read more\u200b", "promo"),
        ("\ufeffRead more", "promo"),
    ],
)
def test_a_noise_line_with_no_break_or_zero_width_spaces_is_removed_as_with_plain_ones(line: str, reason: str) -> None:
    """A scraped page writes "Read&nbsp;more": the rules, written with plain spaces, missed such a line, and it stayed
    in the text as a sentence."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize("line", ["Sign-up for our newsletter", "Sign-up to the Harbour Brief newsletter"])
def test_a_newsletter_sign_up_written_with_a_hyphen_is_a_promo(line: str) -> None:
    """ "Sign up for our newsletter" went as a promo, and "Newsletter sign-up"; "Sign-up for our newsletter" stayed."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter to get the latest news.",
        "Subscribe to the Harbour Brief newsletter for the day's top stories.",
        "Never miss a story: sign up for our newsletter.",
        "Stay informed - sign up for our newsletter",
        "You can unsubscribe at any time.",
        "We'll never share your email address with anyone.",
        "Email address *",
    ],
)
def test_a_newsletter_boxs_pitch_and_small_print_are_promos(line: str) -> None:
    """ "Sign up for our newsletter" went as a promo; the box's pitch with a lead-in or a reason, its promise to let
    the reader unsubscribe and its starred e-mail field stayed, each a sentence of the article."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the newsletter of the union, Lind urged members.",
        "Subscribe to the newsletter and the council will write to you about the works.",
        "Members can unsubscribe at any time, the union said.",
        "Stay informed, the mayor said.",
    ],
)
def test_a_sentence_about_a_newsletter_or_unsubscribing_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


def test_a_sentence_about_a_sign_up_is_kept() -> None:
    assert removed("Talks began.\nThe ferry left at noon.\nSign-up for the vaccine opened on Monday.\nEnd.\n") == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("📧 Sign up for our newsletter", "promo"),
        ("👉 Read more", "promo"),
        ("→ Read more", "promo"),
        ("▶ Play video", "widget"),
        ("▶️ Listen to this article", "widget"),
        ("➡️ Follow us on Instagram", "promo"),
        ("🔗 Copy link", "widget"),
        ("💬 Comments (12)", "widget"),
        ("🇩🇪 Folgen Sie uns auf Instagram", "promo"),
    ],
)
def test_a_button_with_an_icon_before_its_label_is_removed_as_without_it(line: str, reason: str) -> None:
    """An emoji or an arrow before "Sign up" or "Play video" hid the button from every rule, and it stayed as prose."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize("line", ["📸 The ferry returned on Monday.", "★ Read the report, the mayor urged.", "✓"])
def test_a_sentence_with_an_icon_before_it_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this article 📧 🐦 📘", "widget"),
        ("Share 📘 🐦 ✉️", "widget"),
        ("Read more 👇", "promo"),
        ("📣 Sign up for our newsletter 📬", "promo"),
    ],
)
def test_a_button_with_icons_after_its_label_is_removed_as_without_them(line: str, reason: str) -> None:
    """ "📧 Share" went as a widget; a share row that sets its icons after the label stayed, as a sentence."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize(
    "line", ["📘 🐦 ✉️ 🔗", "\ue800 \ue801 \ue802", "\uf09a", "\uf09a Facebook \uf099 Twitter", "Facebook 📘 Twitter 🐦"]
)
def test_a_share_row_of_icons_or_with_icons_between_its_labels_is_a_widget(line: str) -> None:
    """A row of icons alone, its labels lost, stayed as a sentence of pictographs; so did a row with an icon font's
    glyph before each label, which "Facebook Twitter" alone went as a widget."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line", ["The ferry is back 🎉", "Share the joy, the mayor said 🎉", "🚢", "The ferry 🚢 is back."]
)
def test_a_sentence_with_an_icon_after_it_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article (3 min)",
        "Listen to the story (4:12)",
        "Listen to this article, 3 minutes",
        "▶ Listen to this article (3 min)",
    ],
)
def test_a_listen_button_with_its_length_in_brackets_or_after_a_comma_is_a_widget(line: str) -> None:
    """ "Listen to this article · 3 min" went as a widget; with the length in brackets or after a comma it stayed."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("widget", line)]


def test_a_sentence_that_opens_like_a_listen_button_is_kept() -> None:
    line = "Listen to this story, 3 minutes long, before you vote."
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "tail", ["Read\u00a0more", "Share\u00a0on\u00a0Facebook", "Lesen\u00a0Sie\u00a0auch: Die Fähre kehrt zurück"]
)
def test_noise_after_a_paragraphs_last_sentence_with_no_break_spaces_is_cut(tail: str) -> None:
    cleaned = clean(f"Talks began.\nThe ferry left at noon.\u00a0{tail}\nIt docked at six.\n")
    assert [r.text for r in cleaned.removals] == [tail]
    assert "The ferry left at noon.\u00a0" in cleaned.kept  # the kept text is the loaded one, its spaces unchanged


@pytest.mark.parametrize(
    ("last", "below"),
    [
        ("The port reopened on Monday. ©", "It docked at six."),
        ("The port reopened on Monday. Copyright 2026", "It docked at six."),
        ("The port reopened on Monday. © 2026,", "Kessel Post staff were told on Tuesday."),
        ("The port reopened on Monday. Photo:", "Kessel Harbour"),
        ("The port reopened on Monday. (Jo Marr", "Kessel Post)"),
        ("The port reopened on Monday. (Reporting by Ana Pell and", "Jo Marr)"),
    ],
)
def test_a_credit_after_a_paragraphs_last_sentence_never_takes_the_line_below(last: str, below: str) -> None:
    """A credit's spaces matched a line break: a copyright sign ending a paragraph took the next paragraph with it."""
    cleaned = clean(f"Talks began.\n{last}\n{below}\nThey ended.\n")
    assert all("\n" not in removal.text for removal in cleaned.removals)
    assert f"\n{below}\n" in cleaned.kept


@pytest.mark.parametrize(
    "buttons",
    [
        "Share",
        "Share:",
        "Share this article.",
        "• Copy link",
        "Share on Facebook",
        "Share on Facebook Share on X",
        "Share on X | Share via Email",
        "Share on Facebook Share on X Copy link",
    ],
)
def test_share_buttons_are_widgets_on_their_own_line(buttons: str) -> None:
    """A lone "Share" or "Copy link" was reported as a promo, and a row of share buttons as a widget."""
    assert removed(f"The ferry returned to the port.\n{buttons}\nTalks resume.\n") == [("widget", buttons)]


@pytest.mark.parametrize(
    "button",
    [
        "Share on Threads",
        "Share on Bluesky",
        "Share on Telegram",
        "Click to share on Mastodon (opens in new window)",
        "Share on Facebook (opens in a new tab)",
        "Share via Threads",
    ],
)
def test_a_lone_share_button_for_any_network_a_share_row_knows_is_a_widget(button: str) -> None:
    """ "Share on Facebook" alone went as a widget, and "Share on Facebook Share on Threads" as a row; "Share on
    Threads" or "Share on Bluesky" alone stayed as a sentence, the lone button's list of networks being shorter."""
    assert removed(f"The ferry returned to the port.\n{button}\nTalks resume.\n") == [("widget", button)]


@pytest.mark.parametrize(
    "button",
    [
        "Listen to this article",
        "Listen to article",
        "Listen to the article",
        "Listen",
        "Play video",
        "Watch the video",
        "Play",
        "Video",
        "Écouter cet article",
    ],
)
def test_a_players_buttons_are_widgets_however_worded(button: str) -> None:
    """A player's "Listen to this article" and "Play video" were promos, its "Listen" and "Play" widgets."""
    assert removed(f"The ferry returned to the port.\n{button}\nTalks resume.\n") == [("widget", button)]


@pytest.mark.parametrize("glue", ["", " ", "  "])
@pytest.mark.parametrize(
    "buttons", ["Share this article", "Share on Facebook Share on X", "Share on X | Share via Email | Copy link"]
)
def test_share_buttons_glued_to_a_paragraph_are_widgets_as_on_their_own_line(glue: str, buttons: str) -> None:
    """The same row was a promo glued to the text ("...the port.Share on Facebook") and a widget on its own line."""
    glued = removed(f"Talks began.\nThe ferry returned to the port.{glue}{buttons}\nTalks resume.\n")
    alone = removed(f"Talks began.\nThe ferry returned to the port.\n{buttons}\nTalks resume.\n")
    assert glued == alone == [("widget", buttons)]


@pytest.mark.parametrize(
    "buttons",
    [
        "Partager sur Facebook Partager sur X",
        "Teilen auf Facebook | Teilen per WhatsApp",
        "Compartir en Facebook Compartir en WhatsApp",
        "Condividi su Facebook",
        "Compartilhar no WhatsApp",
    ],
)
def test_a_share_row_in_another_language_glued_to_a_paragraph_is_a_widget(buttons: str) -> None:
    """The English row went from a paragraph's end; "Partager sur Facebook" stayed, read as a sentence."""
    assert removed(f"Talks began.\nLe ferry est revenu au port.{buttons}\nTalks resume.\n") == [("widget", buttons)]
    assert removed(f"Talks began.\nLe ferry est revenu au port. {buttons}\nTalks resume.\n") == [("widget", buttons)]


@pytest.mark.parametrize(
    "buttons",
    [
        "Teilen auf Facebook | Teilen per WhatsApp",
        "Partager sur Facebook · Partager par e-mail",
        "Compartir en Facebook | Compartir en X",
        "Condividi su Facebook | Condividi su X",
        "Compartilhar no Facebook • Compartilhar no WhatsApp",
    ],
)
def test_a_share_row_in_another_language_with_bars_or_dots_between_its_buttons_is_a_widget(buttons: str) -> None:
    """ "Share on X | Share via Email" went as a widget; "Teilen auf Facebook | Teilen per WhatsApp" stayed."""
    assert removed(f"Talks began.\nLe ferry est revenu au port.\n{buttons}\nTalks resume.\n") == [("widget", buttons)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le ferry est parti. Partager sur Facebook est interdit, dit la maire.",
        "Die Fähre fuhr ab. Teilen auf Facebook wollte niemand",
        "El ferry salió. Compartir en Facebook fue un error, dijo la alcaldesa.",
    ],
)
def test_a_paragraph_that_goes_on_after_naming_a_share_button_in_another_language_is_kept(paragraph: str) -> None:
    assert removed(f"Talks began.\n{paragraph}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ferry ran again. The mayor asked residents to share on Facebook.",
        "The ferry ran again. Share on Facebook, the mayor told residents",
        "The ferry ran again. Readers who subscribe to continue reading pay less",
    ],
)
def test_a_paragraph_that_ends_by_naming_a_share_button_or_a_subscription_is_kept(paragraph: str) -> None:
    assert removed(f"{paragraph}\nTalks resume.\n") == []


def test_a_list_heading_takes_the_linked_headlines_under_it_up_to_the_prose() -> None:
    text = (
        "The ferry returned on Monday.\n"
        "More on this story\n\n"
        "Kessel ferry strike enters second week\n\n"
        "Will the ferries run on time?\n"
        "Related Topics\n"
        "Norland\n"
        "The union said it would meet again in June.\n"
        "Harbour tolls to rise\n"
    )
    assert removed(text) == [
        ("promo", "More on this story"),
        ("promo", "Kessel ferry strike enters second week"),
        ("promo", "Will the ferries run on time?"),
        ("promo", "Related Topics"),
        ("promo", "Norland"),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n\n"], ids=["links together", "links a blank line apart"])
def test_a_last_line_without_a_full_stop_set_further_below_the_links_is_kept(gap: str) -> None:
    # The article's last line lost its full stop, as a linked headline has none: it went with the links.
    links = gap.join(["More on this story", "Kessel ferry strike enters second week", "Harbour tolls to rise"])
    last = "The mayor thanked the crew and said the ferry would run all winter"
    text = f"The ferry returned on Monday.\n{links}{gap}\n{last}\n"
    assert removed(text) == [
        ("promo", "More on this story"),
        ("promo", "Kessel ferry strike enters second week"),
        ("promo", "Harbour tolls to rise"),
    ]
    assert last in clean(text).kept


@pytest.mark.parametrize(
    "after",
    [
        "The union said it would meet again in June.",
        "Officials said the ferries would run again on Wednesday!",
        "The minister added:",
        "A short line " + "with many words " * 8,
    ],
)
def test_prose_under_a_list_heading_is_kept(after: str) -> None:
    assert removed(f"The ferry returned on Monday.\nRelated Content\n{after}\n") == [("promo", "Related Content")]


@pytest.mark.parametrize("heading", ["More from the interview:", "More from our conversation with the mayor:"])
def test_a_line_that_leads_into_more_of_the_article_is_no_list_heading(heading: str) -> None:
    # "More from" heads a box of links when a name follows (More from Kessel Post), not when the article goes on.
    assert removed(f"The ferry returned on Monday.\n{heading}\nQ: Will fares rise?\nA: Yes, by 5 percent.\n") == []


@pytest.mark.parametrize(
    "item", ["The library on Quay Road reopens next week", "“We are relieved,” said the librarian, Ana Mol"]
)
def test_in_other_news_with_a_colon_leads_into_the_articles_next_item(item: str) -> None:
    # A box of links is headed "In Other News"; with a colon the phrase is the article's own turn to its next item.
    text = f"The ferry returned on Monday.\nIn other news:\n{item}\nCouncillors meet on Thursday.\n"
    assert removed(text) == []


def test_a_callers_list_rule_takes_the_links_under_its_heading() -> None:
    [rule] = rules_from_data([{"reason": "promo", "scope": "list", "pattern": "From the Tide Club"}])
    text = "Talks began.\nFrom the Tide Club\nHarbour tolls to rise\nThey ended.\n"
    assert [(r.reason, r.text) for r in clean(text, [rule]).removals] == [
        ("promo", "From the Tide Club"),
        ("promo", "Harbour tolls to rise"),
    ]


FURNISHED_PAGE = """Menu
Search
Home > News > Local
Analysis
Kessel ferry strike ends after nine days
By Ana Pell | Staff Writer
Published May 18, 2026 | Updated 2 hours ago
4-minute read
Listen to this article · 4 min
Share this article
Facebook Twitter LinkedIn Email Print
Dock workers in Kessel voted on Monday to end a nine-day strike.
Advertisement
The union said 78% of members backed the deal.
Story continues below advertisement
Ferries will resume on Wednesday, the port authority said.
Sign up for our Morning Brief newsletter
Get the day's top stories delivered to your inbox
Tags: Kessel, ferries, strikes
12 Comments
More on this story
Kessel ferry strike enters second week
Will the ferries run on time?
Copyright © 2026 Kessel Post. All rights reserved.
"""


def test_a_page_full_of_furniture_keeps_only_its_story() -> None:
    result = newsdiff.compare([FURNISHED_PAGE, "Dock workers in Kessel voted to end their strike on Monday."])
    page = result.articles[0]
    assert page.title == "Kessel ferry strike ends after nine days"
    assert [s.text for s in page.sentences] == [
        "Dock workers in Kessel voted on Monday to end a nine-day strike.",
        "The union said 78% of members backed the deal.",
        "Ferries will resume on Wednesday, the port authority said.",
    ]
    story = {s.text for s in page.sentences} | {"Kessel ferry strike ends after nine days"}
    every_other_line = {line for line in FURNISHED_PAGE.splitlines() if line not in story}
    assert {r.text for r in page.removed} == every_other_line | {"Kessel ferry strike ends after nine days"}


LIVE_PAGE = """We and our partners use cookies to personalise content and ads.
I accept
Reject all
Tarnby ferry halted after crack found in hull: live
Pinned post
Updated at 14.05 GMT
10.15 GMT
The operator has cancelled every crossing for the rest of the week.
Video: Passengers wait at the Tarnby pier
“WE PAY FOR THIS FERRY EVERY DAY,” SHOUTED ONE COMMUTER
The crack is 40 centimetres long. Divers found it on Monday. Repairs will take weeks. (Jo Marr/Tarnby Evening Star)
09.52 GMT
THE FERRY WILL NOT SAIL AGAIN UNTIL EVERY PASSENGER IS SAFE, THE HARBOUR MASTER TOLD US
In other news:
The Quay Road library reopens on Friday
This article is for subscribers only.
Start your free trial
Share 12
Facebook 34
Tags
Tarnby
Ferries
About the author: Jo Marr covers the harbour for the Evening Star.
"""


def test_a_live_page_keeps_its_story_and_reports_the_rest() -> None:
    result = newsdiff.compare([LIVE_PAGE, "Every ferry crossing from Tarnby was cancelled for the week."])
    page = result.articles[0]
    assert page.title == "Tarnby ferry halted after crack found in hull: live"
    story = [
        "The operator has cancelled every crossing for the rest of the week.",
        "“WE PAY FOR THIS FERRY EVERY DAY,” SHOUTED ONE COMMUTER",
        "The crack is 40 centimetres long.",
        "Divers found it on Monday.",
        "Repairs will take weeks.",
        "THE FERRY WILL NOT SAIL AGAIN UNTIL EVERY PASSENGER IS SAFE, THE HARBOUR MASTER TOLD US",
        "In other news:",
        "The Quay Road library reopens on Friday",
    ]
    kept = " ".join(s.text for s in page.sentences)
    assert " ".join(kept.split()) == " ".join(story)
    noise = {line for line in LIVE_PAGE.splitlines() if line not in story and not line.startswith("The crack")}
    # The credit goes from the end of a paragraph of three sentences; the page's headline is reported too.
    assert {r.text for r in page.removed} == noise | {"(Jo Marr/Tarnby Evening Star)"}


def test_kept_text_has_same_length_and_offsets() -> None:
    text = "Talks began.\nFull Screen\nThey ended."
    cleaned = clean(text)
    assert "Full Screen" not in cleaned.kept  # with nothing removed, the checks below would hold of the text itself
    assert len(cleaned.kept) == len(text)
    assert cleaned.kept.index("They ended.") == text.index("They ended.")


def test_caller_can_extend_the_rules() -> None:
    extra = NoiseRule("promo", r"(?i)become a harbour herald member")
    text = "Talks began.\nBecome a Harbour Herald member\nThey ended.\n"
    assert clean(text).removals == ()
    assert [r.text for r in clean(text, (*default_rules(), extra)).removals] == ["Become a Harbour Herald member"]


def test_inline_rule_removes_only_its_noise_group() -> None:
    rule = NoiseRule("promo", r"(?P<noise>\[ad\])", scope="inline")
    cleaned = clean("Talks [ad] began.\n", [rule])
    assert [(r.start, r.end, r.text) for r in cleaned.removals] == [(6, 10, "[ad]")]


def test_invalid_rule_is_refused_with_its_name() -> None:
    with pytest.raises(newsdiff.InputError, match="noise rule 'broken'"):
        NoiseRule("broken", "(unclosed")


@pytest.mark.parametrize(
    ("rule", "message"),
    [({"reason": "promo", "pattern": "(unclosed"}, "invalid pattern"), ({"pattern": "x", "scope": "page"}, "scope")],
)
def test_a_bad_rule_in_a_file_is_named_with_the_file_and_its_number(
    tmp_path: Path, rule: dict[str, str], message: str
) -> None:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [{"pattern": "Subscribe now"}, rule]}), encoding="utf-8")
    with pytest.raises(newsdiff.InputError, match=message) as caught:
        load_rules(path)
    assert str(caught.value).startswith(f"{path}, rule 2: ")


def test_a_rules_file_that_cannot_be_read_is_named_once_with_why(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    with pytest.raises(newsdiff.InputError) as caught:
        load_rules(path)
    # Python's own text repeats the name: "[Errno 2] No such file or directory: '…/missing.json'".
    assert str(caught.value) == f"{path}: cannot read noise rules (No such file or directory)"


def test_a_rules_file_may_start_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text(
        "\ufeff" + json.dumps({"rules": [{"reason": "promo", "pattern": "Tide Club offer"}]}), encoding="utf-8"
    )
    [rule] = load_rules(path)
    assert rule.matches_line("Tide Club offer")


@pytest.mark.parametrize(
    "top",
    [
        "Skip to content",
        "Share this article",
        "By Ana Pell, Staff Writer",
        "Advertisement",
        "Analysis",
        "EXCLUSIVE",
        "Live updates",
        "Breaking News",
        "Menu",
        "Search",
        "Skip\u00a0to\u00a0content",
        "Accept\u00a0all",
    ],
)
def test_the_headline_is_found_past_noise_at_the_top(top: str) -> None:
    text = f"{top}\nFerry returns to Kessel\nThe ferry returned on Monday. It was full."
    [article] = newsdiff.load([text])
    assert article.title == "Ferry returns to Kessel"
    removed = {r.text: r.reason for r in clean(text).removals}
    assert removed["Ferry returns to Kessel"] == "headline"
    assert top in removed and removed[top] != "headline"


@pytest.mark.parametrize(
    "line",
    ["KESSEL (Tide Wire) -", "KESSEL, Norland (Tide Wire) —", "NORTH HAVEN, May 3 (Tide Wire) —", "Kessel, Norland —"],
)
def test_a_dateline_alone_on_its_line_is_removed(line: str) -> None:
    text = f"{line}\nThe ferry returned on Monday."
    assert [(r.reason, r.text) for r in clean(text).removals] == [("dateline", line)]


@pytest.mark.parametrize("line", ["The talks went on —", "Well -", "Officials warned of more trouble —"])
def test_prose_ending_in_a_dash_is_no_dateline(line: str) -> None:
    assert not clean(f"{line}\nThe ferry returned on Monday.").removals


def test_a_dateline_at_the_head_of_the_first_sentence_stays_in_it() -> None:
    # Taking it off gained nothing measurable and lost a labelled pair of the example cluster (see docs/limits.md).
    assert removed("KESSEL (Tide Wire) — The ferry returned on Monday.\nIt was full.\n") == []


def test_whether_a_line_is_noise_is_answered_by_the_rules_asked_about_each_time() -> None:
    # Verdicts on lines are kept for the rules last asked about: another rule set, or a list changed in place,
    # must get its own answer for the same line.
    from newsdiff.noise import is_noise_line

    shipped = default_rules()
    extra = NoiseRule("promo", "Tide Club offer")
    assert not is_noise_line("Tide Club offer", shipped)
    assert is_noise_line("Tide Club offer", (*shipped, extra))
    assert not is_noise_line("Tide Club offer", shipped)
    rules = [*shipped]
    assert not is_noise_line("Tide Club offer", rules)
    rules.append(extra)
    assert is_noise_line("Tide Club offer", rules)


# --- Markdown markup below the headline ---------------------------------------------------------------------
# Feeds and scrapers export articles as Markdown. Its markup is removed and reported (reason "markdown") so that a
# sentence reads the same in a Markdown article and a plain one; the words it marks up are kept.


def kept_words(text: str) -> list[str]:
    return clean(text).kept.split()


@pytest.mark.parametrize("heading", ["## What happens next", "## What happens next ##", "   ###### What happens next"])
def test_a_subheading_keeps_its_words_and_loses_its_hashes(heading: str) -> None:
    text = f"The ferry left at noon.\n\n{heading}\n\nThe council meets on Friday.\n"
    assert {reason for reason, _ in removed(text)} == {"markdown"}
    assert [text for _, text in removed(text)] == regex.findall(r"#+", heading)
    assert " ".join(kept_words(text)) == "The ferry left at noon. What happens next The council meets on Friday."


def test_a_links_text_is_kept_and_its_target_removed() -> None:
    text = "The council published [the full report](https://example.org/report?id=4) on Monday.\n"
    assert removed(text) == [("markdown", "["), ("markdown", "](https://example.org/report?id=4)")]
    assert " ".join(kept_words(text)) == "The council published the full report on Monday."


def test_an_image_is_removed_with_its_caption() -> None:
    text = "The ferry left at noon.\n![The ferry at the quay](https://example.org/ferry.jpg)\nIt docked at six.\n"
    assert removed(text) == [("markdown", "![The ferry at the quay](https://example.org/ferry.jpg)")]


def test_a_linked_image_is_removed_whole() -> None:
    text = "It docked at six. [![Map](https://example.org/m.png)](https://example.org/map) The crew rested.\n"
    assert " ".join(kept_words(text)) == "It docked at six. The crew rested."


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("The mayor called it **a disgrace**, and left.", "The mayor called it a disgrace, and left."),
        ("The mayor called it __a disgrace__, and left.", "The mayor called it a disgrace, and left."),
        ("The vote was *not* unanimous.", "The vote was not unanimous."),
        ("The vote was _not_ unanimous.", "The vote was not unanimous."),
        ("***Update:*** the bridge reopened.", "Update: the bridge reopened."),
    ],
)
def test_emphasis_marks_are_removed_and_the_words_kept(marked: str, plain: str) -> None:
    text = f"The ferry left at noon.\n{marked}\n"
    assert {reason for reason, _ in removed(text)} == {"markdown"}
    # Blanks stand where the marks were (offsets are kept), so the characters are compared without white space.
    assert "".join(kept_words(text)) == "".join(f"The ferry left at noon. {plain}".split())


def test_a_block_quote_keeps_the_quotation() -> None:
    text = "The mayor spoke last.\n\n> “We will rebuild the quay,” she said.\n> > “All of it.”\n\nThe crowd cheered.\n"
    assert removed(text) == [("markdown", ">"), ("markdown", "> >")]
    assert "“We will rebuild the quay,” she said." in clean(text).kept


def test_markdown_removals_keep_offsets() -> None:
    text = "Talks began.\n\n## Next\n\n> The **new** [plan](https://example.org/p) holds.\n- It _starts_ now.\n"
    cleaned = clean(text)
    # Every mark is removed: the loops below would pass on no removals at all.
    assert [r.text for r in cleaned.removals] == ["##", ">", "**", "**", "[", "](https://example.org/p)", "-", "_", "_"]
    assert len(cleaned.kept) == len(text)
    for removal in cleaned.removals:
        assert text[removal.start : removal.end] == removal.text
        assert cleaned.kept[removal.start : removal.end].strip() == ""
    for start, char in enumerate(cleaned.kept):
        assert char == " " or char == text[start]


def test_an_inline_rule_with_two_noise_groups_removes_both_and_keeps_what_is_between() -> None:
    rule = NoiseRule("aside", r"(?P<noise>\{\{)[^}\n]+(?P<noise>\}\})", "inline")
    cleaned = clean("The quay {{reopened}} today.", rules=[rule])
    assert [(r.reason, r.text) for r in cleaned.removals] == [("aside", "{{"), ("aside", "}}")]
    assert cleaned.kept.split() == ["The", "quay", "reopened", "today."]


def test_list_marks_are_removed_from_an_article_with_other_markdown() -> None:
    text = "The treaty was signed by [three states](https://example.org/t):\n- Tavaria\n* Korvenia\n2. Norland\n"
    assert removed(text)[2:] == [("markdown", "-"), ("markdown", "*"), ("markdown", "2.")]
    assert " ".join(kept_words(text)) == "The treaty was signed by three states : Tavaria Korvenia Norland"


def test_list_marks_of_a_plain_article_are_kept() -> None:
    text = "The treaty was signed by three states:\n- Tavaria\n* Korvenia\n2. Norland\nThey met in May.\n"
    assert removed(text) == []


def test_a_link_whose_target_holds_brackets_loses_the_whole_target() -> None:
    text = "It cited [the ruling](https://wiki.example.org/Ferry_(1998)) on Monday.\n"
    assert removed(text) == [("markdown", "["), ("markdown", "](https://wiki.example.org/Ferry_(1998))")]


def test_the_headline_repeated_as_a_markdown_heading_is_removed_as_a_duplicate() -> None:
    text = "# Ferry returns to Kessel\n\nThe ferry left at noon.\n\n## Ferry returns to Kessel\n\nIt docked at six.\n"
    assert removed(text) == [
        ("headline", "# Ferry returns to Kessel"),
        ("headline-duplicate", "## Ferry returns to Kessel"),
    ]


def test_a_markdown_article_and_its_plain_twin_read_the_same_sentences() -> None:
    markdown = (
        "# Ferry returns to Kessel\n\nThe harbour board said on Monday that **the night ferry** will run again.\n\n"
        "## What happens next\n\nThe board will publish [its timetable](https://example.org/t) in May.\n\n"
        "> “We heard the islanders,” said Mara Voss, the board's chair.\n"
    )
    plain = (
        "Ferry returns to Kessel\n\nThe harbour board said on Monday that the night ferry will run again.\n\n"
        "What happens next\n\nThe board will publish its timetable in May.\n\n"
        "“We heard the islanders,” said Mara Voss, the board's chair.\n"
    )
    result = newsdiff.compare([markdown, plain]).to_dict()
    texts = [[sentence["text"] for sentence in article["sentences"]] for article in result["articles"]]
    assert texts[0] == texts[1]
    assert {sentence["label"] for sentence in result["articles"][0]["sentences"]} == {"shared"}


@pytest.mark.parametrize("mark", ["**", "*", "_"])
def test_emphasis_is_looked_for_only_within_a_paragraphs_length(mark: str) -> None:
    # The bound keeps the rules linear: unbounded, each opening ``**`` or ``_`` was tried against the whole rest of
    # its line (a minute for a line of 20,000 unclosed "**x" marks).
    words = " ".join(["ferry"] * 99)  # 593 characters
    assert len(removed(f"The board said {mark}{words}{mark} on Monday.\n")) == 2
    assert removed(f"The board said {mark}{words} ferry ferry{mark} on Monday.\n") == []


#: Runs of buttons or choices in the shipped rules, each found by a word of its rule and the end of its repeat as
#: written: possessive (``++``, ``*+``), the repeat keeps what it has taken. Given back an iteration at a time, as the
#: line's end was not reached, it took time growing with the square of the line's length in the ``regex`` module:
#: 32,000 "teilen" and an "x" took 4 s, "Share on X" 7 s, "subscribe or" 3 s; now a tenth of a second. Tests hold no
#: timings, so the repeats are checked as written, and the lines below that they still match.
POSSESSIVE_RUNS = [
    ("share buttons of French, German and Spanish sites", "(?:partager|teilen|compartir)(?: ", r"|\s*+))++|"),
    ("share buttons of Italian and Portuguese sites", "(?:condividi|compartilhar", r"|\s*+))++|"),
    ("English share buttons", "click to share", r"\s*+)++)"),
    ("ways to read on", "(?:,| or| and) (?:become a", r"account))*+(?: now"),
]


@pytest.mark.parametrize(
    ("run", "end"), [(run, end) for _, run, end in POSSESSIVE_RUNS], ids=[i for i, *_ in POSSESSIVE_RUNS]
)
def test_a_run_of_buttons_or_choices_is_taken_once_not_given_back_an_iteration_at_a_time(run: str, end: str) -> None:
    patterns = [rule.pattern for rule in default_rules() if run in rule.pattern]
    assert patterns
    assert all(end in pattern for pattern in patterns)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("teilen", "widget"),
        ("Teilen auf Facebook | Teilen per WhatsApp | teilen", "widget"),
        ("Partager sur Facebook, Partager par e-mail", "widget"),
        ("Condividi su Facebook · Condividi via WhatsApp", "widget"),
        ("Compartilhe no Facebook / compartilhe por e-mail", "widget"),
        ("Click to share on Facebook (Opens in new window) Click to share on X (Opens in new window)", "widget"),
        ("Subscribe, register or log in to continue reading.", "promo"),
        ("Please become a member, create a free account or sign in now to keep reading this story!", "promo"),
    ],
)
def test_a_possessive_run_still_removes_its_line(line: str, reason: str) -> None:
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize("last", ["", " x"], ids=["run alone", "run and a word"])
def test_a_long_line_of_teilen_is_removed_whole_and_one_ending_in_a_word_is_kept(last: str) -> None:
    line = " ".join(["teilen"] * 20_000) + last
    expected = [] if last else [("widget", line)]
    assert removed(f"Die Fähre legte ab.\n{line}\nSie kam um sechs an.\n") == expected


def test_a_reference_link_keeps_its_text_and_its_definition_is_removed() -> None:
    text = (
        "The council published [the full report][1] on Monday.\nIt runs to 40 pages.\n\n"
        '[1]: https://example.org/report "The report"\n'
    )
    assert removed(text) == [
        ("markdown", "["),
        ("markdown", "][1]"),
        ("markdown", '[1]: https://example.org/report "The report"'),
    ]


# Tables and fenced code: their markup is removed and reported like the rest; the cells' and the code's words stay.

TABLE = "| Port | Ferries |\n|:---|---:|\n| Kessel | 3 |\n| Dorn | 2 |\n"


def test_a_tables_delimiter_row_and_pipes_are_removed_and_its_cells_kept() -> None:
    """The pipes and the |---| row were kept as text, and read as one sentence of pipes, dashes and cells."""
    text = f"The board counted the ferries.\n\n{TABLE}\nThe talks ended at six.\n"
    assert {reason for reason, _ in removed(text)} == {"markdown"}
    assert sorted(mark for _, mark in removed(text)) == ["|"] * 9 + ["|:---|---:|"]
    sentences = [sentence.text for sentence in segment(clean(text))]
    assert sentences == [
        "The board counted the ferries.",
        "Port Ferries",
        "Kessel 3",
        "Dorn 2",
        "The talks ended at six.",
    ]


def test_a_table_without_outer_pipes_is_a_table() -> None:
    text = "The board counted the ferries.\n\nPort | Ferries\n--- | ---\nKessel | 3\n\nThe talks ended at six.\n"
    assert removed(text) == [("markdown", "|"), ("markdown", "--- | ---"), ("markdown", "|")]


def test_an_escaped_pipe_in_a_cell_is_kept() -> None:
    text = "The board counted the ferries.\n\n| Route | Ferries |\n|---|---|\n| Kessel \\| Dorn | 3 |\n"
    assert "Kessel \\| Dorn" in clean(text).kept


@pytest.mark.parametrize(
    "text",
    [
        "The board met.\nThe vote was 3 | 2 in favour.\nThe talks ended at six.\n",
        "The board met.\nThe vote was 3 | 2 in favour.\n---\nThe talks ended at six.\n",
        "The board met.\nThe vote was 3 | 2 | 1 in favour.\n|---|---|\nThe talks ended at six.\n",
    ],
    ids=["a pipe in prose", "a separator under it", "a delimiter row of other cells"],
)
def test_prose_with_a_pipe_is_no_table(text: str) -> None:
    assert "The vote was 3 | 2" in clean(text).kept


def test_a_table_makes_an_article_markdown_so_its_list_marks_go() -> None:
    text = f"The board counted the ferries.\n\n{TABLE}\n- Three ferries run.\n- Two are new.\n"
    assert [mark for _, mark in removed(text) if mark == "-"] == ["-", "-"]


@pytest.mark.parametrize("indent", ["    ", "\t"])
def test_a_table_shown_in_an_indented_code_block_is_kept_whole(indent: str) -> None:
    """A Markdown article's code block indented four columns is code, table or not: its pipes and |---| row went."""
    block = "\n".join(f"{indent}{row}" for row in TABLE.splitlines())
    text = INDENTED_ARTICLE.format(code=block)
    assert removed(text) == [("markdown", "**"), ("markdown", "**"), ("promo", "Read more")]
    assert block in clean(text).kept


@pytest.mark.parametrize("indent", ["   ", "    ", "\t"])
def test_an_indented_table_of_a_plain_page_is_a_table(indent: str) -> None:
    """A page's text taken from its HTML may indent its lines: without other markup, indentation makes no code."""
    table = "\n".join(f"{indent}{row}" for row in TABLE.splitlines())
    text = f"The board counted the ferries.\n\n{table}\n\nThe talks ended at six.\n"
    assert sorted(mark for _, mark in removed(text)) == ["|"] * 9 + ["|:---|---:|"]
    assert [sentence.text for sentence in segment(clean(text))][1:3] == ["Port Ferries", "Kessel 3"]


def test_an_indented_table_in_a_list_item_of_a_markdown_article_is_a_table() -> None:
    table = "\n".join(f"    {row}" for row in TABLE.splitlines())
    text = f"The **harbour board** counted the ferries.\n\n- In the north:\n\n{table}\n\nThe talks ended at six.\n"
    assert ("markdown", "|:---|---:|") in removed(text)
    assert "Kessel | 3" not in clean(text).kept


def test_a_table_row_removed_whole_reports_its_pipes_once() -> None:
    """The pipe between two share buttons was reported alone as Markdown and again in the share bar's text."""
    text = (
        "The talks began on Monday.\n\n| Facebook | Twitter |\n|---|---|\n| Ferries | 12 |\n\nThey ended on Tuesday.\n"
    )
    removals = clean(text).removals
    assert ("widget", "Facebook | Twitter") in [(r.reason, r.text) for r in removals]
    reported = [offset for r in removals for offset in range(r.start, r.end)]
    assert len(reported) == len(set(reported))


@pytest.mark.parametrize(("opening", "closing"), [("```python", "```"), ("```", "```"), ("~~~ text", "~~~")])
def test_a_code_fence_is_removed_and_the_code_kept(opening: str, closing: str) -> None:
    """The fences were kept as text, and ```python began the sentence of the code."""
    text = f"The board published its script.\n\n{opening}\nprint(ferries)\n{closing}\n\nThe talks ended at six.\n"
    # A closing "~~~" alone reads as a separator line, as it always has; what matters is that it is reported.
    assert [mark for _, mark in removed(text)] == [opening, closing]
    assert removed(text)[0][0] == "markdown"
    assert " ".join(kept_words(text)) == "The board published its script. print(ferries) The talks ended at six."


def test_backticks_inside_prose_are_kept() -> None:
    text = "The board met.\nIts file is called `ferries.txt` and ```notes``` too.\n"
    assert removed(text) == []


@pytest.mark.parametrize(
    "code",
    [
        "print(1)",  # read as a share bar's "Print (1)"
        "email",  # read as a share button
        "# Count the ferries",  # read as a heading's hashes
        "- ferries: 3",  # read as a list mark in a text with markup
        "total = **kwargs",  # read as emphasis around nothing
        "Read more",  # read as a promo
    ],
)
def test_the_code_in_a_fenced_block_is_kept_whole(code: str) -> None:
    """Lines of code were taken by the noise rules: ``print(1)`` was removed as a share bar's count."""
    text = f"The board published its script.\n\n```python\n{code}\n```\n\nThe talks ended at six.\n"
    assert removed(text) == [("markdown", "```python"), ("markdown", "```")]
    assert f"\n{code}\n" in clean(text).kept


@pytest.mark.parametrize("word", ["print", "Print", "Share", "Email", "Comments"])
def test_a_bare_widget_word_goes_from_a_page_but_stays_in_code(word: str) -> None:
    """A page's button word alone on its line is a widget; the same line is code in a fenced block, and in an indented
    block of a Markdown article."""
    assert removed(f"The board met.\n{word}\nThe talks ended at six.\n") in ([("widget", word)], [("promo", word)])
    fenced = f"The board published its script.\n\n```\nferries = count()\n{word}\n```\n\nThe talks ended at six.\n"
    assert f"\n{word}\n" in clean(fenced).kept
    indented = INDENTED_ARTICLE.format(code=f"    ferries = count()\n    {word}")
    assert f"\n    {word}\n" in clean(indented).kept


def test_a_tilde_fence_closes_only_with_tildes_at_least_as_many() -> None:
    text = "The board met.\n\n~~~~\nprint(1)\n```\nemail\n~~~\nshare\n~~~~\n\nThe talks ended at six.\n"
    assert [mark for _, mark in removed(text)] == ["~~~~", "~~~~"]


def test_noise_after_a_fence_that_is_never_closed_is_still_removed() -> None:
    """A stray fence in a scraped page guards nothing: the noise after it goes as it would without the fence."""
    text = "The board met.\n\n```\nThe talks ended at six.\nRead more\n"
    assert removed(text) == [("markdown", "```"), ("promo", "Read more")]


def test_noise_after_a_closed_code_block_is_removed() -> None:
    text = "The board met.\n\n```\nprint(1)\n```\n\nThe talks ended at six.\nRead more\nShare 3\n"
    assert removed(text)[2:] == [("promo", "Read more"), ("widget", "Share 3")]


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Dorn is a senior correspondent covering ports and shipping. Follow her on Twitter @jdorn.",
        "Jane Dorn is a senior correspondent covering ports. Follow her on X.",
        "Tomas Gruber is the Kessel Post's economics editor. Email him at t.gruber@kesselpost.example.",
        "Lena Varga covers the harbour. She joined the Kessel Post in 2019. Follow her on Bluesky at @lvarga.",
        "Mara Voss is a reporter at the Kessel Post. You can reach her at mara.voss@kesselpost.example or on X @mvoss.",
        "Ana Pell writes about transport and cities. She can be reached at ana.pell@kesselpost.example.",
        "Jo van der Marr is a photographer based in Kessel. Follow him on Instagram: @jomarr",
    ],
)
def test_an_authors_bio_ended_by_how_to_follow_or_reach_them_is_a_byline(bio: str) -> None:
    """A bio that no "About the author" heads was kept as two sentences of the story, the handle and all."""
    assert removed(f"The ferry left at noon.\nIt docked at six.\n\n{bio}\n") == [("byline", bio)]


@pytest.mark.parametrize(
    "line",
    [
        "Ana Pell is a reporter who was detained in Kessel last week. Her lawyer said she would appeal.",
        "Mayor Lena Varga is a former reporter. Follow her on X, her aide said.",
        "Jo Marr is a photographer in Kessel. Follow her work, the mayor urged, and you will see why.",
        "Mara Voss covers the harbour for the Kessel Post. Her reports on the strike were read in parliament.",
        "Lena Varga is a correspondent for the Kessel Post, the court heard. She had followed the minister on X.",
        "Tomas Gruber, a correspondent covering the port, was arrested on Monday. Follow him on X, his union said.",
        "Ana Pell is a columnist. Readers can reach her at the Kessel Post office on Monday.",
        "The minister is a former editor. Follow her on X.",
    ],
)
def test_news_about_a_journalist_is_no_bio(line: str) -> None:
    """Only the ending that tells the reader where to follow or reach the author, and nothing after it, makes a bio."""
    assert removed(f"The ferry left at noon.\nIt docked at six.\n\n{line}\n") == []


@pytest.mark.parametrize("button", ["Share", "Share this article", "Facebook", "Comments"])
@pytest.mark.parametrize("count", ["1", "0", "12", "1.2k", "(3)"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_count_on_the_line_under_a_share_button_or_comment_link_is_removed(button: str, count: str, gap: str) -> None:
    """The count was kept as a sentence of its own: two pages of one site then shared the sentence "0"."""
    text = f"The talks began on Monday.{gap}{button}{gap}{count}{gap}They ended on Tuesday.\n"
    assert removed(text)[1:] == [("widget", count)]


@pytest.mark.parametrize("length", ["3 min", "4 minutes", "(3 mins.)"])
def test_a_length_on_the_line_under_a_listen_button_is_removed(length: str) -> None:
    """ "Listen to this article · 3 min" went as a widget; the length on the line under the button stayed, a sentence
    of its own that every page of the site shared."""
    text = f"The talks began on Monday.\nListen to this article\n{length}\nThey ended on Tuesday.\n"
    assert removed(text) == [("widget", "Listen to this article"), ("widget", length)]


def test_a_length_under_prose_is_kept() -> None:
    assert removed("The talks began on Monday.\n3 min\nThey ended on Tuesday.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks began on Monday.\n\n12\n\nThey ended on Tuesday.\n",  # under prose
        "The talks began on Monday.\nShare\n12 ferries ran on Tuesday.\n",  # a sentence that opens with a number
        "The talks began on Monday.\nShare\nThe vote was close.\n12\n",  # under prose under a button
    ],
)
def test_a_number_that_is_no_buttons_count_is_kept(text: str) -> None:
    assert [reason for reason, _ in removed(text)] in ([], ["widget"])
    assert "12" in " ".join(kept_words(text))


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Protesters gather outside the town hall in Kessel on Tuesday.",
        "Image: Dock workers march through Kessel",
        "PHOTO: A ferry leaves the harbour at dawn.",
        "Main image: The ferry Aurora at its berth in Kessel.",
        "Photograph: Dock workers on the quay.",
    ],
)
def test_a_labelled_caption_without_a_credit_is_removed(caption: str) -> None:
    """Only a label followed by a credit ("Photo: Jo Marr/Reuters") was taken; a described photo stayed as prose."""
    assert removed(f"The talks began on Monday.\n\n{caption}\n\nThey ended on Tuesday.\n") == [("caption", caption)]


@pytest.mark.parametrize(
    "line",
    [
        "The photo: a ferry at dawn, taken by a commuter, went round the town.",
        "Photos of the strike were shown in parliament on Tuesday.",
        "Image matters to the union, its leader said.",
        "Picture a harbour without ferries: that is Kessel this week.",
        "Image: the company said the logo would be retired.",  # a label would be followed by a capital
    ],
)
def test_prose_about_a_photo_is_no_caption(line: str) -> None:
    assert removed(f"The talks began on Monday.\n\n{line}\n\nThey ended on Tuesday.\n") == []


#: A technical article in Markdown, with a code block indented where {code} stands.
INDENTED_ARTICLE = "The **harbour board** published its script.\n\n{code}\n\nThe talks ended at six.\nRead more\n"


@pytest.mark.parametrize("indent", ["    ", "\t", "  \t", "      "])
@pytest.mark.parametrize(
    "code", ["Read more", "email", "Share this article", "print('**done**')", "handlers[name](event)"]
)
def test_the_code_in_an_indented_block_of_a_markdown_article_is_kept_whole(indent: str, code: str) -> None:
    """A Markdown code block may be indented four columns instead of fenced: its lines were taken as noise."""
    block = f"{indent}ferries = count()\n{indent}{code}\n\n{indent}print(ferries)"
    text = INDENTED_ARTICLE.format(code=block)
    assert removed(text) == [("markdown", "**"), ("markdown", "**"), ("promo", "Read more")]
    assert block in clean(text).kept


def test_an_indented_block_ends_at_the_first_line_indented_less() -> None:
    text = "The **harbour board** met.\n\n    ferries = count()\nRead more\n\nThe talks ended at six.\n"
    assert removed(text)[2:] == [("promo", "Read more")]


@pytest.mark.parametrize("indent", ["    ", "\t"])
def test_indented_furniture_of_a_plain_page_is_removed(indent: str) -> None:
    """A page's text taken from its HTML may indent its lines: without other markup, indentation makes no code."""
    text = f"The board met.\n\n{indent}Share this article\n\n{indent}Read more\n\nThe talks ended at six.\n"
    assert removed(text) == [("widget", "Share this article"), ("promo", "Read more")]


def test_a_page_indented_throughout_is_no_code_block() -> None:
    """Markup inside the indented lines does not count: every line of the page is indented alike."""
    text = "    The **harbour board** met.\n\n    Read more\n\n    The talks ended at six.\n"
    assert removed(text) == [("markdown", "**"), ("markdown", "**"), ("promo", "Read more")]


@pytest.mark.parametrize(
    "above",
    [
        "It said:",  # an indented line right under a paragraph's line continues the paragraph
        "- The first item\n",  # one after a list item, and a blank line, continues the item
        "1. The first step\n   goes on here.\n",
    ],
)
def test_an_indented_line_continuing_a_paragraph_or_a_list_item_is_no_code(above: str) -> None:
    text = f"The **harbour board** met.\n\n{above}\n    Read more\n\nThe talks ended at six.\n"
    assert ("promo", "Read more") in removed(text)


@pytest.mark.parametrize("code", ["print(1)", "email(3)", "x(2)", "shares(4)", "print(1) email(2)"])
def test_a_function_call_outside_a_fence_is_no_share_count(code: str) -> None:
    """A line of code outside a fence was removed as a share bar: ``print(1)`` read as "Print (1)"."""
    assert removed(f"The board published its script.\n\n{code}\n\nThe talks ended at six.\n") == []


@pytest.mark.parametrize(
    "line",
    ["12 shares", "Share 3", "Share: 12", "1.2k Shares", "(3) shares", "Print (1)", "Email(3)", "Twitter(12)"],
)
def test_a_share_count_is_removed(line: str) -> None:
    assert removed(f"The board met.\n\n{line}\n\nThe talks ended at six.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line",
    ["Follow us on the quay, the officer shouted", "Follow us on foot and stay close, the guide said"],
)
def test_an_order_to_follow_us_somewhere_is_kept(line: str) -> None:
    """Any sixty letters, spaces and commas after "Follow us on" were taken: a quoted order went as a promo."""
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Facebook, Instagram and TikTok",
        "Follow us on X & Threads",
        "Follow us on social media",
        "Follow us on Google News",
        "Folgen Sie uns auf YouTube und TikTok",
    ],
)
def test_a_follow_us_line_naming_networks_is_a_promo(line: str) -> None:
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == [("promo", line)]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # The age notice went only without a full stop, and with "more than", not "over".
        ("This article is more than 2 years old.", "widget"),
        ("This story is more than a year old.", "widget"),
        ("This article is over 3 years old", "widget"),
        ("This article is over 3 years old.", "widget"),
        # A sign-in prompt went only without a full stop; a paywall that asks to read, not to go on reading, stayed.
        ("Already a subscriber? Sign in.", "promo"),
        ("Log in!", "promo"),
        ("Become a member to read this article.", "promo"),
        ("Subscribe to read the rest of this story.", "promo"),
        # A consent banner's buttons that "Accept all" and "Reject all" beside them did not cover.
        ("Accept and continue", "widget"),
        ("Allow all", "widget"),
        ("Allow all cookies", "widget"),
        ("Necessary cookies only", "widget"),
        ("Accept only strictly necessary cookies", "widget"),
        ("Customise settings", "widget"),
        ("Customize cookie preferences", "widget"),
    ],
)
def test_an_age_notice_a_paywall_prompt_or_a_consent_button_is_removed_with_or_without_its_full_stop(
    line: str, reason: str
) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        "This article is more than 2 years old and its figures are out of date, the editor said.",
        "Residents were told to sign in.",
        "Become a member to read the minutes, the club told residents.",
        "Members can subscribe to read the full report.",
        "Allow all ferries to dock, the mayor said.",
        "The port authority uses necessary cookies only, the regulator found.",
    ],
)
def test_prose_that_uses_the_words_of_an_age_notice_a_paywall_or_a_consent_button_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        # A live blog's time with its offset from GMT or UTC went without the offset only.
        "10:42 GMT+1",
        "10:42 UTC-5",
        "Updated at 10:42 GMT+1",
        # A publication date and the date it was last modified on one line: each alone went, together they stayed.
        "Tue 3 Mar 2026 10.42 GMT Last modified on Tue 3 Mar 2026 12.10 GMT",
        "March 3, 2026 | Updated March 4, 2026",
    ],
)
def test_a_time_with_its_offset_or_a_date_with_its_last_modified_date_is_a_timestamp(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "The ferry left at 10:42 GMT+1.",
        "At 10:42 GMT the ferry left the quay.",
        "Tue 3 Mar 2026 10.42 GMT Last modified on Tue 3 Mar 2026 12.10 GMT, the log shows.",
    ],
)
def test_a_sentence_that_gives_a_time_or_a_date_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "tail",
    [
        "Subscribe to keep reading",
        "Subscribe now to continue reading.",
        "Subscribe to continue reading this article.",
        "Sign up to our newsletter",
        "Sign up to the Morning Brief newsletter.",
    ],
)
@pytest.mark.parametrize("where", ["own line", "glued"])
def test_a_paywall_or_newsletter_prompt_is_a_promo_on_its_line_and_glued_to_a_paragraph(tail: str, where: str) -> None:
    """ "Subscribe to continue reading" and "Sign up for our newsletter" were cut from a paragraph's end, their
    kin "Subscribe to keep reading" and "Sign up to our newsletter" only on a line of their own."""
    glue = "\n" if where == "own line" else " "
    text = f"Talks began.\nThe ferry returned on Monday. Dock workers cheered.{glue}{tail}\nTalks resume.\n"
    assert removed(text) == [("promo", tail)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Readers who subscribe to keep reading get the archive too, the editor said.",
        "The club asked members to sign up to our newsletter list by Friday.",
    ],
)
def test_a_paragraph_that_mentions_subscribing_or_a_newsletter_is_kept(paragraph: str) -> None:
    assert removed(f"Talks began.\nThe ferry returned on Monday. {paragraph}\nTalks resume.\n") == []


def test_the_timestamps_the_schema_page_names_are_removed_as_timestamps() -> None:
    """docs/schema.md said a timestamp was "a line that only says when the page was published or updated": a live
    blog's time alone, a date alone and a bare note that the story was updated went as timestamps too."""
    schema = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    passage = regex.search(r"`timestamp` \((.*?)\), `link-debris`", schema, regex.DOTALL)
    assert passage is not None
    examples = regex.findall(r"`([^`]+)`", passage.group(1))
    assert {"10:42 GMT", "This story has been updated."} <= set(examples)
    for line in examples:
        assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "10:42 UTC+02:00",
        "10:42 (UTC+02:00)",
        "14:05 UTC−05:00",
        "10:42 AM EST",
        "2026-03-03 10:42 UTC",
        "UPDATED 10:42 UTC",
    ],
)
def test_a_time_and_its_zone_alone_on_a_line_is_a_timestamp(line: str) -> None:
    """A zone's three capitals made the line read as a linked headline in capitals, and it went as a promo."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "The ferry left the port at 10:42 UTC+02:00",
        "10:42 UTC+02:00: the ferry left the port.",
        "The polls closed at 20:00 (CET).",
        "The deadline is 23:59 GMT on Friday",
    ],
)
def test_a_sentence_with_a_time_and_its_zone_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize("line", ["Today at 14:05", "Yesterday, 9:14 AM", "Yesterday 9.14 p.m."])
def test_today_or_yesterday_and_a_time_alone_on_a_line_is_a_timestamp(line: str) -> None:
    """ "Updated yesterday at 9:14" went as a timestamp; the stamp without "Updated" stayed as a sentence."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("timestamp", line)]


@pytest.mark.parametrize("line", ["Today at 14:05 the ferry left.", "Yesterday, 9 people were hurt."])
def test_a_sentence_that_opens_with_today_or_yesterday_and_a_time_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize("line", ["BREAKING 10:42 UTC", "UTC AND GMT AGREE ON A NEW CLOCK"])
def test_a_line_in_capitals_beside_a_zone_is_still_a_promo(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Got it",
        "Got it!",
        "OK, got it",
        "Okay, got it!",
        "Accept & close",
        "Save my choices",
        "Confirm my choices",
        "Allow selection",
        "Continue without accepting",
        "Manage consent",
        "Necessary only",
        "Reject non-essential cookies",
        "Close ×",
        "×",
        "J'ai compris",
        "OK, verstanden",
        "Einverstanden",
        "Entendido",
        "Aceptar y cerrar",
        "Nur notwendige Cookies",
        "Ho capito",
        "Accetta e chiudi",
        "Continua senza accettare",
        "Aceitar e fechar",
    ],
)
def test_a_cookie_banners_button_alone_on_its_line_is_a_widget(line: str) -> None:
    """ "Accept all" went as a cookie banner's button; "Got it", "Accept & close" and the like stayed as sentences."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Got it. The ferry left anyway.",
        "Got it right at last, the judge said.",
        "Save my choices for the vote, she said.",
        "Manage consent forms carefully, the clerk warned.",
        "Compris.",
        "Einverstanden war niemand, sagte die Ministerin.",
    ],
)
def test_a_sentence_that_starts_like_a_cookie_banners_button_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


#: "Follow us" lines of a page, as one is removed on its own line or glued to the end of a paragraph.
FOLLOW_US = [
    "Follow us on Twitter @KesselPost",
    "Follow us on X: @KesselPost",
    "Follow our WhatsApp channel",
    "Follow us on our Telegram channel",
    "Join our WhatsApp channel",
    "Follow us on social media",
    "Folgen Sie uns auf Facebook",
    "Folgen Sie uns auf X @KesselPost",
    "Folgen Sie uns in den sozialen Medien",
    "Suivez-nous sur Instagram et X",
    "Suivez-nous sur les réseaux sociaux",
    "Síguenos en X e Instagram",
    "Síguenos en redes sociales",
    "Seguici su Telegram",
    "Seguici sui social",
    "Siga-nos no WhatsApp",
    "Siga-nos nas redes sociais",
]


@pytest.mark.parametrize("line", FOLLOW_US)
@pytest.mark.parametrize("where", ["own line", "after a space", "glued"])
def test_a_follow_us_line_is_a_promo_wherever_it_stands(line: str, where: str) -> None:
    """A handle made the English line a widget, and glued to a paragraph the other languages' lines, a channel or
    social media stayed in its last sentence; on its own line, "Síguenos en X e Instagram" stayed too."""
    glue = {"own line": "\n", "after a space": " ", "glued": ""}[where]
    text = f"Talks began.\nThe ferry left at noon.{glue}{line}\nIt docked at six.\n"
    assert removed(text) == [("promo", line)]


@pytest.mark.parametrize("line", ["Folgen Sie uns:", "Suivez-nous :", "Síguenos:", "Seguici:"])
def test_a_follow_us_heading_in_another_language_is_a_promo_as_the_english_one_is(line: str) -> None:
    """ "Follow us:" above a row of icons went; "Folgen Sie uns:" and the others stayed, read as a sentence."""
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Der Führer rief den Wanderern zu. Folgen Sie uns auf Schritt und Tritt.",
        "Le guide a parlé. Suivez-nous sur le sentier, a-t-il dit.",
        "El guía habló. Síguenos en el camino, dijo.",
        "Suivez-nous sur Facebook, a lancé le maire aux habitants.",
        "The council opened a channel. Residents can join our WhatsApp channel, the clerk said.",
        "The pilot slowed. Follow our harbour channel markers closely, he said.",
    ],
)
def test_a_paragraph_that_ends_telling_someone_to_follow_is_kept(paragraph: str) -> None:
    assert removed(f"Talks began.\n{paragraph}\nThey ended.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Folgen Sie uns auf Schritt und Tritt.",
        "Folge uns bei Wind und Wetter!",
        "Suivez-nous sur Paris et Lyon.",
        "Síguenos en Madrid y Barcelona.",
        "Seguici su Roma e Milano.",
        "Siga-nos no Rio e Lisboa.",
        "Follow us on Sunday.",
        "Follow us on Monday and Tuesday.",
        "The guide waved. Follow us on foot.",
    ],
)
def test_an_order_to_follow_us_naming_no_network_is_kept(line: str) -> None:
    """Any capitalised words after "Folgen Sie uns auf" were taken for networks, and German capitalises its nouns: an
    idiom went as a promo, and so did an order naming places or days, or "Follow us on foot." ending a paragraph."""
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == []


# Scraped pages in French, German and Spanish carry the same furniture as English ones: each line of it is removed
# under the reason its English form has, and the sentences of the article stay whole. A line with no reason is prose.

FRENCH_PAGE = [
    ("Par Ana Pell et Jo Marr", "byline"),
    ("Mis à jour le 12 mars 2026 à 14h05", "timestamp"),
    ("Écouter cet article · 4 min", "widget"),
    ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "widget"),
    ("Tout accepter", "widget"),
    ("Paramétrer les cookies", "widget"),
    ("Le ferry a quitté Kessel lundi matin avec 40 passagers à bord.", None),
    ("Publicité", "promo"),
    ("La maire a salué le retour du service après trois mois de grève.", None),
    ("Lire aussi : Les dockers de Kessel votent la fin du mouvement", "promo"),
    ("Partager sur Facebook Partager sur X", "widget"),
    ("Copier le lien", "widget"),
    ("12 commentaires", "widget"),
    ("Inscrivez-vous à notre newsletter", "promo"),
    ("Abonnez-vous pour lire la suite.", "promo"),
    ("Cet article a été publié initialement dans Le Courrier de Dorn.", "credit"),
    ("Crédit photo : Jo Marr/AFP", "credit"),
    ("Lecture 4 min", "widget"),
    ("Suivez-nous sur Facebook et Instagram", "promo"),
    ("Le prochain départ est prévu mardi à midi.", None),
    ("Il y a 3 heures", "timestamp"),
    ("Tous droits réservés.", "credit"),
]

GERMAN_PAGE = [
    ("Von Ana Pell und Jo Marr", "byline"),
    ("Aktualisiert am 12.03.2026, 14:05 Uhr", "timestamp"),
    ("Artikel anhören", "widget"),
    ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis auf unserer Website zu bieten.", "widget"),
    ("Diese Website verwendet Cookies, um Ihnen ein optimales Erlebnis zu bieten.", "widget"),
    ("Alle akzeptieren", "widget"),
    ("Cookie-Einstellungen", "widget"),
    ("Die Fähre verließ Kessel am Montagmorgen mit 40 Fahrgästen an Bord.", None),
    ("Anzeige", "promo"),
    ("Die Bürgermeisterin begrüßte die Rückkehr nach drei Monaten Streik.", None),
    ("Lesen Sie auch: Hafenarbeiter in Kessel beenden den Streik", "promo"),
    ("Teilen auf Facebook Teilen per WhatsApp", "widget"),
    ("Link kopieren", "widget"),
    ("12 Kommentare", "widget"),
    ("Newsletter abonnieren", "promo"),
    ("Melden Sie sich jetzt für unseren kostenlosen Newsletter an.", "promo"),
    ("Jetzt abonnieren und weiterlesen", "promo"),
    ("Dieser Artikel erschien zuerst in der Dorner Rundschau.", "credit"),
    ("Foto: Jo Marr/dpa", "credit"),
    ("Lesezeit: 4 Minuten", "widget"),
    ("Folgen Sie uns auf Facebook und Instagram", "promo"),
    ("Die nächste Abfahrt ist für Dienstag um zwölf Uhr geplant.", None),
    ("vor 3 Stunden", "timestamp"),
    ("Alle Rechte vorbehalten.", "credit"),
]

SPANISH_PAGE = [
    ("Por Ana Pell y Jo Marr", "byline"),
    ("Actualizado: 12/03/2026 14:05", "timestamp"),
    ("Escuchar este artículo", "widget"),
    ("Utilizamos cookies para mejorar tu experiencia de navegación.", "widget"),
    ("Aceptar todo", "widget"),
    ("Configurar cookies", "widget"),
    ("El ferry salió de Kessel el lunes por la mañana con 40 pasajeros a bordo.", None),
    ("Publicidad", "promo"),
    ("La alcaldesa celebró la vuelta del servicio tras tres meses de huelga.", None),
    ("Lea también: Los estibadores de Kessel ponen fin a la huelga", "promo"),
    ("Compartir en Facebook Compartir en WhatsApp", "widget"),
    ("Copiar enlace", "widget"),
    ("12 comentarios", "widget"),
    ("Suscríbete a nuestro boletín", "promo"),
    ("Suscríbete para seguir leyendo", "promo"),
    ("Este artículo fue publicado originalmente en El Diario de Dorn.", "credit"),
    ("Imagen: Jo Marr / EFE", "credit"),
    ("Tiempo de lectura: 4 minutos", "widget"),
    ("Síguenos en Facebook y Instagram", "promo"),
    ("La próxima salida está prevista para el martes a mediodía.", None),
    ("Hace 3 horas", "timestamp"),
    ("Todos los derechos reservados.", "credit"),
]


@pytest.mark.parametrize("page", [FRENCH_PAGE, GERMAN_PAGE, SPANISH_PAGE], ids=["French", "German", "Spanish"])
def test_the_furniture_of_a_french_german_or_spanish_page_is_removed_and_its_sentences_kept(
    page: list[tuple[str, str | None]],
) -> None:
    """Every line of these pages' cookie banners, share bars, paywalls and the rest stayed, read as sentences."""
    text = "Le ferry de Kessel\n\n" + "\n".join(line for line, _ in page) + "\n"
    assert removed(text)[1:] == [(reason, line) for line, reason in page if reason is not None]
    kept = clean(text).kept
    assert all(f"\n{line}\n" in kept for line, reason in page if reason is None)


@pytest.mark.parametrize(
    "line",
    [
        "12 mars 2026 à 14h05",
        "Le 12/03/2026 à 14h05",
        "Mis à jour à 14h05",
        "12.03.2026, 14:05 Uhr",
        "03.03.2026 10:42 MEZ",
        "12. März 2026",
        "12 de marzo de 2026, 14:05",
        "Actualizado a las 14:05",
    ],
)
def test_a_french_german_or_spanish_date_or_time_alone_on_a_line_is_a_timestamp(line: str) -> None:
    """ "3 March 2026" and "12:45 BST" went as timestamps; the same stamps in French, German and Spanish went only
    after a label ("Mis à jour le", "Stand:", "Publicado el")."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Le 12 mars 2026, le port a rouvert.",
        "À 14h05, le ferry est parti.",
        "Am 12. März 2026 öffnete der Hafen.",
        "Um 14:05 Uhr legte die Fähre ab.",
        "El 12 de marzo de 2026 se abrió el puerto.",
    ],
)
def test_a_sentence_that_opens_with_a_french_german_or_spanish_date_is_kept(line: str) -> None:
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "La suite est réservée aux abonnés.",
        "Ce contenu est réservé aux abonnés",
        "Inscrivez-vous gratuitement à notre newsletter",
        "Artículo solo para suscriptores",
        "Contenuto riservato agli abbonati",
        "Questo contenuto è riservato agli abbonati.",
    ],
)
def test_a_paywall_or_newsletter_line_in_another_language_in_its_other_wordings_is_a_promo(line: str) -> None:
    """ "Cet article est réservé aux abonnés", "Articolo riservato agli abbonati" and "Inscrivez-vous à notre
    newsletter" went as promos; the same teasers as other pages word them stayed as sentences of the article."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line", ["La suite est réservée aux abonnés du club, a dit la maire.", "Il contenuto è riservato agli abbonati?"]
)
def test_a_sentence_about_what_subscribers_may_read_is_kept(line: str) -> None:
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == []


ITALIAN_PAGE = [
    ("Ascolta l'articolo · 4 min", "widget"),
    ("Utilizziamo i cookie per migliorare la tua esperienza di navigazione.", "widget"),
    ("Accetta tutto", "widget"),
    ("Accetta tutti i cookie", "widget"),
    ("Gestisci i cookie", "widget"),
    ("Gestisci le preferenze", "widget"),
    ("Pubblicato il 5 novembre 2026 alle 09:30", "timestamp"),
    ("Il traghetto ha lasciato Kessel lunedì mattina con 40 passeggeri a bordo.", None),
    ("Pubblicità", "promo"),
    ("La sindaca ha salutato il ritorno del servizio dopo tre mesi di sciopero.", None),
    ("Leggi anche: I portuali di Kessel votano la fine dello sciopero", "promo"),
    ("Condividi su Facebook Condividi su WhatsApp", "widget"),
    ("Stampa", "widget"),
    ("Copia link", "widget"),
    ("12 commenti", "widget"),
    ("Iscriviti alla nostra newsletter", "promo"),
    ("Abbonati per continuare a leggere", "promo"),
    ("Articolo riservato agli abbonati", "promo"),
    ("Contenuto sponsorizzato", "promo"),
    ("Tempo di lettura: 4 minuti", "widget"),
    ("Seguici su Facebook e Instagram", "promo"),
    ("Continua a leggere", "promo"),
    ("La prossima partenza è prevista martedì a mezzogiorno.", None),
    ("Riproduzione riservata", "credit"),
]

PORTUGUESE_PAGE = [
    ("Por Ana Pell", "byline"),
    ("Ouvir este artigo", "widget"),
    ("Utilizamos cookies para melhorar a sua experiência de navegação.", "widget"),
    ("Aceitar todos", "widget"),
    ("Gerir cookies", "widget"),
    ("O ferry saiu de Kessel na segunda-feira de manhã com 40 passageiros a bordo.", None),
    ("Publicidade", "promo"),
    ("A prefeita saudou o regresso do serviço após três meses de greve.", None),
    ("Leia também: Estivadores de Kessel encerram a greve", "promo"),
    ("Compartilhar no Facebook Compartilhar no WhatsApp", "widget"),
    ("Partilhar", "widget"),
    ("Imprimir", "widget"),
    ("Copiar link", "widget"),
    ("12 comentários", "widget"),
    ("Assine a nossa newsletter", "promo"),
    ("Assine para continuar lendo", "promo"),
    ("Conteúdo exclusivo para assinantes", "promo"),
    ("Conteúdo patrocinado", "promo"),
    ("Tempo de leitura: 4 minutos", "widget"),
    ("Siga-nos no Facebook e Instagram", "promo"),
    ("Leia mais", "promo"),
    ("A próxima partida está prevista para terça-feira ao meio-dia.", None),
    ("Todos os direitos reservados", "credit"),
]


@pytest.mark.parametrize("page", [ITALIAN_PAGE, PORTUGUESE_PAGE], ids=["Italian", "Portuguese"])
def test_the_furniture_of_an_italian_or_portuguese_page_is_removed_and_its_sentences_kept(
    page: list[tuple[str, str | None]],
) -> None:
    """Only a Portuguese byline went: "Pubblicità", "Leggi anche: …", "Leia mais" and the rest read as sentences."""
    text = "Il traghetto di Kessel\n\n" + "\n".join(line for line, _ in page) + "\n"
    assert removed(text)[1:] == [(reason, line) for line, reason in page if reason is not None]
    kept = clean(text).kept
    assert all(f"\n{line}\n" in kept for line, reason in page if reason is None)


@pytest.mark.parametrize(
    "label",
    ["Anzeige:", "- Anzeige -", "Werbung:", "Publicité :", "Publicité.", "• Publicité", "Publicidad:", "Pubblicità -"],
)
def test_an_advertising_label_in_another_language_between_dashes_or_with_a_colon_is_a_promo(label: str) -> None:
    """ "Advertisement:" and "- Advertisement -" went as promos; "Anzeige:" and "- Publicité -" stayed as sentences."""
    assert removed(f"Talks began.\nLe ferry est revenu au port.\n{label}\nTalks resume.\n") == [("promo", label)]


@pytest.mark.parametrize(
    "line",
    [
        "Werbung - Weiterlesen nach der Anzeige",
        "Lesen Sie nach der Anzeige weiter",
        "Publicité - Suite de l'article ci-dessous",
        "La suite après cette publicité",
        "Continua a leggere dopo la pubblicità",
        "Publicidad - Sigue leyendo debajo",
        "Publicidade - Continua após a publicidade",
    ],
)
def test_an_advertising_label_in_another_language_saying_the_article_goes_on_is_a_promo(line: str) -> None:
    """ "Advertisement - Story continues below" went as a promo; its French, German, Italian, Spanish and Portuguese
    forms stayed, each a sentence of the article."""
    assert removed(f"Talks began.\nLe ferry est revenu au port.\n{line}\nTalks resume.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Die Polizei ermittelt nach der Anzeige weiter.",
        "La suite du procès aura lieu lundi.",
        "Werbung: Die Stadt zahlte 4.000 Euro dafür.",
        "Publicité : la mairie a payé 4 000 euros.",
        "Anzeige - mehr nicht.",
    ],
)
def test_a_line_that_goes_on_after_an_advertising_label_in_another_language_is_kept(line: str) -> None:
    assert removed(f"Talks began.\nLe ferry est revenu au port.\n{line}\nTalks resume.\n") == []


@pytest.mark.parametrize("line", ["Imprimer", "Drucken", "Imprimir", "Commentaires", "Kommentare", "Comentarios"])
def test_a_french_german_or_spanish_print_button_or_comment_link_alone_is_a_widget(line: str) -> None:
    """English "Print" and "Comments" went as widgets; these stayed, read as one-word sentences."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Leggi anche il rapporto del sindaco, pubblicato ieri.",
        "Leggi anche: il rapporto dice che tutto è andato bene.",
        "Lire aussi les rapports du maire, publiés hier.",
        "Continua a leggere il rapporto, ha chiesto il giudice.",
        "Condividi le tue idee, ha detto il sindaco.",
        "Stampa e televisione hanno seguito il processo.",
        "La Stampa",
        "Pubblicità ingannevole: l'azienda è stata multata.",
        "Commenti del sindaco hanno irritato i portuali.",
        "Seguici sul molo, ha gridato l'agente.",
        "Utilizziamo i cookie della nonna come premio, ha detto la maestra.",
        "Sponsorizzato dal comune, il festival ha attirato 4.000 persone.",
        "Riproduzione riservata dei documenti è vietata, ha detto il giudice.",
        "Saiba mais sobre o caso, disse o juiz.",
        "Leia mais devagar, pediu a professora.",
        "Veja também o que disse o ministro sobre o porto.",
        "Publicidade enganosa: a empresa foi multada.",
        "Imprimir notas custa caro, disse o ministro.",
        "Compartilhar custos foi a proposta da prefeita.",
        "Drucken ist teuer, sagte die Ministerin.",
    ],
)
def test_italian_or_portuguese_prose_that_opens_like_the_furniture_is_kept(line: str) -> None:
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == []


ENGLISH_PAGE = [
    ("By Ana Pell", "byline"),
    ("Updated 3 hours ago", "timestamp"),
    ("Listen to this article · 4 min", "widget"),
    ("We use cookies to improve your experience on our site.", "widget"),
    ("Accept all", "widget"),
    ("Manage cookies", "widget"),
    ("The ferry left Kessel on Monday morning with 40 passengers on board.", None),
    ("Advertisement", "promo"),
    ("The mayor welcomed the return of the service after three months of strikes.", None),
    ("Share on X", "widget"),
    ("Share on WhatsApp", "widget"),
    ("Copy link", "widget"),
    ("12 comments", "widget"),
    ("Sign up for our newsletter", "promo"),
    ("Subscribe to continue reading", "promo"),
    ("Sponsored by Kessel Ferries", "promo"),
    ("This article was originally published by The Dorn Courier.", "credit"),
    ("The next sailing is set for Tuesday at noon.", None),
]


def test_the_furniture_of_an_english_page_is_removed_and_its_sentences_kept() -> None:
    """A cookie banner's "Manage cookies" button and a "Sponsored by" label stayed, read as sentences."""
    text = "Kessel ferry sails again\n\n" + "\n".join(line for line, _ in ENGLISH_PAGE) + "\n"
    assert removed(text)[1:] == [(reason, line) for line, reason in ENGLISH_PAGE if reason is not None]
    kept = clean(text).kept
    assert all(f"\n{line}\n" in kept for line, reason in ENGLISH_PAGE if reason is None)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said cookies were banned.",
        "Advertisement spending rose 4%.",
        "He shared the link with reporters.",
        "Sponsored by the city, the festival drew 4,000 people.",
        "The newsletter was sent to 40,000 readers, the union said.",
        "Comments by the mayor angered the dock workers.",
        "Le ministre a dit que les cookies étaient interdits.",
        "La publicité a reculé de 4 % en mars.",
        "Il a partagé le lien avec les journalistes.",
        "Publicité mensongère : l'entreprise a été condamnée.",
        "Nous utilisons des cookies de la boulangerie comme récompense, a dit l'enseignante.",
        "Lire la suite du rapport prendra des semaines, a averti le juge.",
        "Abonnez-vous à notre newsletter, a lancé le candidat.",
        "Il y a 3 heures que le port est fermé.",
        "Partager les coûts, a proposé la maire.",
        "Par Ana Pell, le ferry est arrivé en retard.",
        "Die Ministerin sagte, Cookies seien verboten.",
        "Die Werbung für den Hafen kostete 4 Millionen.",
        "Er teilte den Link mit Reportern.",
        "Anzeige gegen den Kapitän wurde am Montag erstattet.",
        "Wir verwenden Cookies aus der Bäckerei als Belohnung, sagte die Lehrerin.",
        "Vor 3 Stunden schloss der Hafen.",
        "Von Ana Pell stammt der Bericht über die Fähre.",
        "Weiterlesen wollte niemand, sagte die Richterin.",
        "La ministra dijo que las cookies estaban prohibidas.",
        "Compartió el enlace con los periodistas.",
        "Publicidad engañosa: la empresa fue multada.",
        "Hace 3 horas que el puerto cerró.",
        "Suscríbete a nuestro boletín, pidió el candidato.",
        "Por Ana Pell supimos que el ferry llegaba tarde.",
        "Utilizamos cookies de la panadería como premio, dijo la maestra.",
        "Lectura 4 minutos al día, recomendó el médico.",
        "Mehr zum Thema Hafen sagte die Ministerin nichts.",
        "Das könnte Sie auch interessieren, sagte die Ministerin.",
        "Sur le même sujet, la maire n'a rien dit.",
        "Noticias relacionadas con el puerto llegaron tarde, dijo la alcaldesa.",
        "Lea también el informe, pidió la alcaldesa.",
    ],
)
def test_news_prose_that_only_names_the_furniture_is_kept(line: str) -> None:
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == []


#: Words of page furniture in four languages, for prose that only mentions them.
FURNITURE_WORDS = [
    "cookies", "advertisement", "sponsored", "the newsletter", "the link", "comments", "subscribers", "updated",
    "publicité", "les cookies", "le lien", "commentaires", "abonnés", "mis à jour",
    "Werbung", "Anzeige", "Cookies", "den Link", "Kommentare", "Abonnenten", "aktualisiert",
    "publicidad", "las cookies", "el enlace", "comentarios", "suscriptores", "actualizado",
]  # fmt: skip


@given(
    speaker=st.sampled_from(["Ana Pell", "The minister", "Le maire", "Die Ministerin", "La alcaldesa", "Jo Marr"]),
    verb=st.sampled_from(["said", "a dit que", "sagte, dass", "dijo que", "denied that", "wrote that"]),
    words=st.lists(st.sampled_from(FURNITURE_WORDS), min_size=1, max_size=3),
    tail=st.sampled_from(["were banned", "rose 4%", "on Monday", "la semaine dernière", "am Montag", "el lunes"]),
)
def test_a_sentence_that_names_the_furniture_is_kept_whole(
    speaker: str, verb: str, words: list[str], tail: str
) -> None:
    line = f"{speaker} {verb} {' '.join(words)} {tail}."
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Paid for by Kessel Ferries", "promo"),
        ("Presented by Kessel Ferries", "promo"),
        ("In partnership with the Dorn Harbour Trust", "promo"),
        ("Sponsored content by Kessel Ferries", "promo"),
        ("Advertisement feature", "promo"),
        ("Continue reading your article with a Kessel Post subscription", "promo"),
        ("You have reached your limit of free articles.", "promo"),
        ("Want to read more? Subscribe now.", "promo"),
        ("Show comments (12)", "widget"),
        ("Jump to comments", "widget"),
        ("We value your privacy", "widget"),
        ("This site is protected by reCAPTCHA and the Privacy Policy and Terms of Service apply.", "widget"),
        ("Share this article via email", "widget"),
        ("Audio: listen to this article", "widget"),
        ("Opens in new window", "widget"),
        ("By continuing to use this site you agree to our use of cookies.", "widget"),
        ("This story first appeared in The Dorn Courier.", "credit"),
        ("A version of this story first appeared in The Dorn Courier.", "credit"),
        ("This article first appeared on kesselpost.example.", "credit"),
        ("Republished with permission from The Dorn Courier.", "credit"),
    ],
)
def test_english_sponsorship_paywall_privacy_and_republishing_lines_are_removed(line: str, reason: str) -> None:
    """These lines of English pages stayed, and read as sentences of the article."""
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Presented by the mayor, the award went to a ferry captain.",
        "Paid for by taxpayers, the bridge cost 40 million crowns.",
        "In partnership with the union, the council rebuilt the quay.",
        "The story first appeared in The Dorn Courier, which was later sued.",
        "This story first appeared in print in 1998 and was reprinted twice.",
        "Republished from memory, the speech had several errors.",
        "We value your privacy, the bank said in its letter.",
        "You have reached your limit, the bartender told him.",
        "Show comments by the minister were read aloud in court.",
        "By using this site you agree to be tracked, the lawsuit claims.",
        "Brought to you by the people who built the bridge, the museum opens on Friday.",
        "Share via email was the most common way the leak spread.",
    ],
)
def test_english_prose_that_opens_like_a_sponsorship_or_privacy_line_is_kept(line: str) -> None:
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    "line", ["Load more comments", "Show more comments", "See more comments", "View more comments"]
)
def test_a_button_that_loads_more_comments_is_a_widget(line: str) -> None:
    """ "View all comments" and "Load more" went; "Load more comments", the button under a page's first comments,
    stayed as a sentence of the article."""
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == [("widget", line)]


def test_a_sentence_asking_for_more_comments_is_kept() -> None:
    assert removed("The ferry left at noon.\nSee more comments from the crew below.\nIt docked at six.\n") == []


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Le ferry est parti lundi. Publicité La maire a salué le retour.", "Publicité"),
        ("Die Fähre fuhr am Montag ab. Anzeige Die Bürgermeisterin jubelte.", "Anzeige"),
        ("El ferry salió el lunes. Publicidad La alcaldesa lo celebró.", "Publicidad"),
        ("Le ferry est parti lundi. Lire aussi : Les dockers votent la fin du mouvement", None),
        ("Die Fähre fuhr am Montag ab. Weiterlesen", None),
        ("El ferry salió el lunes. Lea también: Los estibadores ponen fin a la huelga", None),
        ("Die Fähre fuhr am Montag ab. Mehr zum Thema: Hafenarbeiter beenden den Streik", None),
        ("Le ferry est parti lundi. Voir aussi : Les dockers votent la fin du mouvement", None),
        ("El ferry salió el lunes. Te puede interesar: Los estibadores ponen fin a la huelga", None),
    ],
)
def test_a_french_german_or_spanish_label_glued_into_a_paragraph_is_cut_from_it(
    paragraph: str, label: str | None
) -> None:
    """The label stayed inside a sentence: "Publicité La maire a salué le retour." read as the maire's sentence."""
    text = f"Talks began.\n{paragraph}\nThey ended.\n"
    first_end = paragraph.index(".") + 1
    noise = label if label is not None else paragraph[first_end:].strip()
    assert removed(text) == [("promo", noise)]
    assert paragraph[:first_end] in clean(text).kept


@pytest.mark.parametrize(
    "line",
    [
        "Advertentie",
        "- Advertentie -",
        "Annonse",
        "Annons:",
        "Annonce",
        "Lees ook: Havenarbeiders stoppen de staking",
        "Les også: Havnearbeiderne avslutter streiken",
        "Läs också: Hamnarbetarna avslutar strejken",
        "Læs også: Havnearbejderne stopper strejken",
        "Lees verder",
        "Les mer",
        "Läs mer",
        "Læs mere",
        "Gesponsord",
        "Annonsørinnhold",
        "Lees verder na de advertentie",
        "Artikel gaat verder onder de advertentie",
        "Artikkelen fortsetter under annonsen",
        "Artikeln fortsätter under annonsen",
    ],
)
def test_a_dutch_or_scandinavian_advertising_label_or_read_also_line_is_a_promo(line: str) -> None:
    """ "Anzeige" and "Lesen Sie auch: …" went as promos; "Advertentie", "Annonse" and "Läs också: …" stayed, read as
    sentences of the article."""
    assert removed(f"De veerboot vertrok.\n{line}\nHij kwam aan.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "heading",
    [
        "Lees ook",
        "Zie ook",
        "Les også",
        "Se også",
        "Läs också",
        "Se även",
        "Læs også:",
        "Gerelateerde artikelen",
        "Meer over dit onderwerp",
        "Relaterte saker",
        "Mer om saken",
        "Relaterade artiklar",
        "Relaterede artikler",
    ],
)
def test_a_dutch_or_scandinavian_read_also_heading_goes_with_its_linked_headlines(heading: str) -> None:
    links = "Havenarbeiders stoppen de staking\nBurgemeester opent brug"
    text = f"De veerboot vertrok.\n\n{heading}\n{links}\n\nHij kwam aan.\n"
    assert removed(text) == [
        ("promo", heading),
        ("promo", "Havenarbeiders stoppen de staking"),
        ("promo", "Burgemeester opent brug"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "noise"),
    [
        ("De veerboot vertrok maandag. Advertentie De burgemeester juichte.", "Advertentie"),
        ("Ferja gikk mandag. Annonse Ordføreren jublet.", "Annonse"),
        ("Färjan gick i måndags. AnnonsBorgmästaren jublade.", "Annons"),
        (
            "De veerboot vertrok maandag. Lees ook: Havenarbeiders stoppen de staking",
            "Lees ook: Havenarbeiders stoppen de staking",
        ),
        (
            "Färjan gick i måndags. Läs också: Hamnarbetarna avslutar strejken",
            "Läs också: Hamnarbetarna avslutar strejken",
        ),
    ],
)
def test_a_dutch_or_scandinavian_label_glued_into_a_paragraph_is_cut_from_it(paragraph: str, noise: str) -> None:
    text = f"Talks began.\n{paragraph}\nThey ended.\n"
    assert removed(text) == [("promo", noise)]
    assert paragraph[: paragraph.index(".") + 1] in clean(text).kept


@pytest.mark.parametrize(
    "line",
    [
        "Advertentie-inkomsten daalden.",
        "Annonsen kostade mycket.",
        "Lees ook het rapport van de gemeente.",
        "Läs också: rapporten säger att allt gick bra.",
        "Les mer om saken her, sa hun.",
        "Se også på rapporten, sa ordføreren.",
    ],
)
def test_dutch_or_scandinavian_prose_that_opens_like_a_label_is_kept(line: str) -> None:
    assert removed(f"De veerboot vertrok.\n{line}\nHij kwam aan.\n") == []


@pytest.mark.parametrize(
    ("paragraph", "noise"),
    [
        ("Il traghetto è partito lunedì. Pubblicità La sindaca ha salutato il ritorno.", "Pubblicità"),
        ("O ferry partiu na segunda. Publicidade A prefeita celebrou o regresso.", "Publicidade"),
        (
            "Il traghetto è partito lunedì. Leggi anche: I portuali votano la fine dello sciopero",
            "Leggi anche: I portuali votano la fine dello sciopero",
        ),
        (
            "O ferry partiu na segunda. Veja também: Estivadores encerram a greve",
            "Veja também: Estivadores encerram a greve",
        ),
        ("Il traghetto è partito lunedì. Continua a leggere", "Continua a leggere"),
        ("O ferry partiu na segunda. Leia mais", "Leia mais"),
    ],
)
def test_an_italian_or_portuguese_label_glued_into_a_paragraph_is_cut_from_it(paragraph: str, noise: str) -> None:
    """The label stayed inside a sentence: "Pubblicità La sindaca ha salutato il ritorno." read as hers."""
    text = f"Talks began.\n{paragraph}\nThey ended.\n"
    assert removed(text) == [("promo", noise)]
    assert paragraph[: paragraph.index(".") + 1] in clean(text).kept


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le ferry est parti. Publicité mensongère, a dit la maire.",
        "Die Fähre fuhr ab. Anzeige gegen den Kapitän wurde erstattet.",
        "El ferry salió. Lea también: el informe dice que todo fue bien.",
        "Le ferry est parti. Lire aussi : Le rapport est clair.",
        "Il traghetto è partito. Pubblicità ingannevole, ha detto la sindaca.",
        "Il traghetto è partito. Continua a leggere il rapporto.",
        "O ferry partiu. Leia também: o relatório diz que tudo correu bem.",
        "O ferry partiu. Leia mais devagar, pediu ela.",
        "Die Fähre fuhr ab. Mehr zum Thema: Die Ministerin sagte, alles sei gut.",
        "Le ferry est parti. Voir aussi : la maire a tout expliqué.",
    ],
)
def test_a_sentence_that_opens_with_an_advertising_or_read_also_word_is_kept(paragraph: str) -> None:
    assert removed(f"Talks began.\n{paragraph}\nThey ended.\n") == []


#: Read-also headings of French, German, Spanish, Italian and Portuguese pages, with the linked headlines under them
#: and the article's next paragraph.
GERMAN_LINKS = (["Hafenarbeiter beenden den Streik", "Neue Fähre für Kessel"], "Die Bürgermeisterin sprach am Kai.")
FRENCH_LINKS = (
    ["Les dockers votent la fin du mouvement", "Un nouveau ferry pour Kessel"],
    "La maire a parlé sur le quai.",
)
SPANISH_LINKS = (
    ["Los estibadores ponen fin a la huelga", "Un nuevo ferry para Kessel"],
    "La alcaldesa habló en el muelle.",
)
ITALIAN_LINKS = (["I portuali votano la fine dello sciopero"], "La sindaca ha parlato al molo.")
PORTUGUESE_LINKS = (["Estivadores encerram a greve"], "A prefeita falou no cais.")


@pytest.mark.parametrize(
    ("heading", "links"),
    [
        ("Mehr zum Thema", GERMAN_LINKS),
        ("Mehr zum Thema:", GERMAN_LINKS),
        ("Lesen Sie auch", GERMAN_LINKS),
        ("Siehe auch", GERMAN_LINKS),
        ("Siehe auch:", GERMAN_LINKS),
        ("Das könnte Sie auch interessieren", GERMAN_LINKS),
        ("Lire aussi", FRENCH_LINKS),
        ("À lire aussi :", FRENCH_LINKS),
        ("Sur le même sujet", FRENCH_LINKS),
        ("Lea también", SPANISH_LINKS),
        ("Te puede interesar:", SPANISH_LINKS),
        ("Noticias relacionadas", SPANISH_LINKS),
        ("Leggi anche", ITALIAN_LINKS),
        ("Leia também", PORTUGUESE_LINKS),
    ],
)
def test_a_read_also_heading_in_another_language_goes_with_the_headlines_listed_under_it(
    heading: str, links: tuple[list[str], str]
) -> None:
    """The heading went and its linked headlines stayed, each read as a sentence, as under "More on this story"."""
    headlines, paragraph = links
    text = "Talks began.\n" + "\n".join([heading, *headlines, paragraph]) + "\n"
    assert removed(text) == [("promo", line) for line in [heading, *headlines]]
    assert paragraph in clean(text).kept


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("Lire aussi", "La maire a déclaré : « Nous reviendrons. »"),
        ("Lire aussi", "La maire a déclaré : «\u00a0Nous reviendrons.\u00a0»"),
        ("Mehr zum Thema", "Die Ministerin sagte: „Wir kommen zurück.“"),
        ("Mehr zum Thema", "Die Ministerin sagte: «Wir kommen zurück.»"),
        ("Mehr zum Thema", "Sie nannte es ‚einen guten Tag.‘"),
    ],
)
def test_a_paragraph_ending_in_a_french_or_german_closing_quote_ends_a_list_of_links(
    heading: str, paragraph: str
) -> None:
    """A paragraph ending in a quotation closed with "»" or "“" was read as one more linked headline, and went."""
    text = f"Le ferry est parti.\n{heading}\nLes dockers votent la fin du mouvement\n{paragraph}\nIl est arrivé.\n"
    assert removed(text) == [("promo", heading), ("promo", "Les dockers votent la fin du mouvement")]
    assert paragraph in clean(text).kept


@pytest.mark.parametrize("heading", ["Mehr zum Thema", "Lire aussi", "Lea también"])
def test_a_read_also_heading_over_prose_goes_alone(heading: str) -> None:
    paragraph = "Le ferry est revenu au port lundi, a dit la maire."
    assert removed(f"Talks began.\n{heading}\n{paragraph}\nThey ended.\n") == [("promo", heading)]


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi | Les dockers votent la fin du mouvement",
        "Lesen Sie auch | Hafenarbeiter beenden den Streik",
        "Mehr zum Thema | Hafenarbeiter beenden den Streik",
        "Lea también | Los estibadores ponen fin a la huelga",
        "Leggi anche | I portuali votano la fine dello sciopero",
        "Sur le même sujet : Les dockers votent la fin du mouvement",
        "Siehe auch: Hafenarbeiter beenden den Streik",
    ],
)
def test_a_read_also_line_in_another_language_with_a_bar_or_another_heading_is_a_promo(line: str) -> None:
    """English "Read more | …" went as a promo; "Lire aussi | …" stayed, read as a sentence."""
    assert removed(f"Talks began.\n{line}\nThey ended.\n") == [("promo", line)]


# A caller who gives no rules asks for no noise to go: only the article's metadata does, and that can be kept too.

BOARD_TABLE = "The harbour board met.\n\n| Port | Ferries |\n|---|---|\n| Kessel | 4 |\n\nThe talks ended at six.\n"


def test_no_rules_keep_a_tables_pipes_and_delimiter_row() -> None:
    """A table's markup is Markdown, which the shipped "markdown" rules take: without them it went all the same."""
    assert clean(BOARD_TABLE, rules=()).removals == ()
    assert [reason for reason, _ in removed(BOARD_TABLE)] == ["markdown"] * 7


def test_rules_without_the_markdown_ones_keep_a_tables_markup() -> None:
    rules = [rule for rule in default_rules() if rule.reason != "markdown"]
    assert clean(BOARD_TABLE, rules=rules).removals == ()


def test_no_rules_still_take_the_metadata_and_report_it() -> None:
    text = "date 2026-03-04\nFerry returns to Kessel\n\nFerry returns to Kessel\nThe ferry returned on Monday.\n"
    assert [(r.reason, r.text) for r in clean(text, rules=()).removals] == [
        ("metadata", "date 2026-03-04"),
        ("headline", "Ferry returns to Kessel"),
        ("headline-duplicate", "Ferry returns to Kessel"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-03-04\nFerry returns to Kessel\n\nFerry returns to Kessel\nThe ferry returned on Monday.\n",
        "title: Ferry returns\n\nFerry returns\nThe ferry returned on Monday.\n",
        BOARD_TABLE,
        "The ferry returned.\nRead more\n" + BOARD_TABLE,
    ],
)
def test_no_rules_and_no_metadata_remove_nothing(text: str) -> None:
    """A short first line went as the headline, and a line repeating it as a duplicate, whatever the rules."""
    cleaned = clean(text, rules=(), metadata=False)
    assert cleaned.removals == ()
    assert cleaned.kept == text


def test_without_metadata_the_rules_still_remove_noise() -> None:
    text = "Ferry returns to Kessel\n\nThe ferry returned on Monday.\nRead more\nTalks resume.\n"
    assert [(r.reason, r.text) for r in clean(text, metadata=False).removals] == [("promo", "Read more")]


@pytest.mark.parametrize("brk", ["\r", "\u2028", "\u2029"], ids=["carriage return", "line separator", "paragraph sep"])
def test_lines_broken_by_a_carriage_return_or_a_line_separator_are_cleaned_line_by_line(brk: str) -> None:
    # An article given as a string keeps its line breaks as written: an old Mac file's lone carriage returns, or the
    # Unicode separators of a page's script, left every line one with the next, so no line rule saw its line.
    text = brk.join(["Ferry returns", "The ferry came back on Monday.", "Read more", "Share", "It left on Tuesday."])
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [
        ("headline", "Ferry returns"),
        ("promo", "Read more"),
        ("widget", "Share"),
    ]
    assert [s.text for s in segment(cleaned)] == ["The ferry came back on Monday.", "It left on Tuesday."]
    assert cleaned.source == text


@pytest.mark.parametrize("line", ["WHAT HAPPENS NEXT", "WHY IT MATTERS", "THE BIG PICTURE", "THE ROAD AHEAD:"])
def test_a_subheading_in_capitals_is_kept(line: str) -> None:
    """A subheading of a few words set in capitals was taken for a linked headline in capitals and removed as a promo,
    where the same subheading in title case was kept."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize("line", ["CREWS WALK OUT AT DAWN", "FERRY FURY AS LAKE BOAT CRACKS", "STRIKE ENDS IN 2026"])
def test_a_linked_headline_in_capitals_of_more_words_or_with_figures_is_still_a_promo(line: str) -> None:
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [("promo", line)]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("PHOTO BY JAN BRELL", "credit"),
        ("PHOTOGRAPH BY JAN BRELL FOR THE KESSEL POST", "credit"),
        ("IMAGE COURTESY OF KESSEL PORT", "credit"),
        ("COPYRIGHT 2026 KESSEL POST", "credit"),
        ("REPORTING BY JAN BRELL", "contributor"),
    ],
)
def test_a_credit_or_contributor_line_in_capitals_is_reported_as_what_it_is(line: str, reason: str) -> None:
    """Set in capitals, a photo credit was reported as a promo: the rule for linked headlines in capitals came first
    and took it, where "Photo by Jan Brell" went as a credit."""
    assert removed(f"Talks began.\nThe ferry left at noon.\n{line}\nIt docked at six.\n") == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Print.",
        "Email.",
        "Comments.",
        "Print this article.",
        "Email this story.",
        "Save this article.",
        "Gift this article.",
        "Bookmark.",
        "Read later.",
        "Leave a comment.",
        "View all comments.",
        "Report an error.",
    ],
)
def test_a_print_save_or_comment_button_with_a_full_stop_is_a_widget(line: str) -> None:
    """A page's text for screen readers ends a button's label with a full stop: "Share this article." went as a widget,
    while "Print." and "Save this article." stayed as sentences of the article."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("widget", line)]


@pytest.mark.parametrize("line", ["Print the timetable.", "Save this article for later.", "Comments. Read them."])
def test_a_sentence_that_opens_with_a_button_s_words_is_kept(line: str) -> None:
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == []


@pytest.mark.parametrize("line", ["12/3", "31/12", "12/03", "12/3/26", "31/12/25"])
def test_a_short_date_alone_on_a_line_is_a_timestamp(line: str) -> None:
    """A day and a month alone on a line, with or without a year of two figures, stayed as a sentence of the article,
    where the same date with a year of four figures went as a timestamp."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Pubblicato il 5 novembre 2026 alle 09:30",
        "Aggiornato il 5 novembre 2026 alle 09:30",
        "Pubblicato il 05/11/2026 alle 09:30, aggiornato alle 11:02",
        "Pubblicato il 5 nov. 2026 - 09:30",
        "Ultimo aggiornamento: 5 novembre 2026, 09:30",
        "5 novembre 2026 (modifica il 5 novembre 2026 | 10:12)",
        "Aggiornato alle 09:30",
        "3 ore fa",
        "Aggiornato 10 minuti fa",
        "Mercoledì 5 novembre 2026",
        "Publicado em 5 de novembro de 2026 às 09:30",
        "Atualizado em 05/11/2026 às 09h30",
        "Publicado em 05/11/2026 - 09:30, atualizado às 11:02",
        "há 3 horas",
        "Atualizado há 10 minutos",
    ],
)
def test_an_italian_or_portuguese_publication_or_update_time_is_a_timestamp(line: str) -> None:
    """French, German and Spanish stamps went as timestamps; an Italian or Portuguese one stayed, read as a sentence."""
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato a Dorn.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Il 5 novembre 2026 alle 09:30 il traghetto è partito.",
        "Aggiornato il regolamento del porto.",
        "Pubblicato il rapporto della commissione.",
        "Pubblicato il 5 novembre 2026 il rapporto della commissione.",
        "Publicado em 2020, o livro vendeu bem.",
        "Há 3 horas que o ferry não parte.",
        "Atualizado em breve, disse a ministra.",
    ],
)
def test_an_italian_or_portuguese_sentence_that_opens_like_a_timestamp_is_kept(line: str) -> None:
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato a Dorn.\n") == []


@pytest.mark.parametrize("line", ["45/6", "32/10", "13/13/25", "12/3 of the vote", "The vote was 12/3."])
def test_figures_with_a_slash_that_are_no_date_are_kept(line: str) -> None:
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 12/03/2026",
        "Publié le 12/03/2026 à 10:42",
        "Mis à jour le 12/03/2026 à 10h42",
        "Publié le 12/03/2026 à 10:42, mis à jour le 12/03/2026 à 11:05",
        "Publié le 12 mars 2026 à 10h42, mis à jour le 12/03/2026 à 11h05",
    ],
)
def test_a_french_publication_time_with_the_date_in_figures_is_a_timestamp(line: str) -> None:
    """ "Publié le 12 mars 2026" went as a timestamp, and "12/03/2026" alone; the same stamp with its date in figures,
    as French sites also set it, stayed as a sentence of the article."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 03 mars 2026 à 14h05, modifié le 04 mars 2026 à 09h12",
        "Publié le 3 mars 2026 à 14h05 Modifié le 4 mars 2026 à 09h12",
        "Modifié le 4 mars 2026 à 09h12",
    ],
)
def test_a_french_publication_time_with_the_time_it_was_modified_is_a_timestamp(line: str) -> None:
    """ "Publié le …, mis à jour le …" went as a timestamp; the same stamp with "modifié le …", as French sites also
    set it, stayed as a sentence of the article."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line", ["Artikel teilen", "Per E-Mail teilen", "Auf Facebook teilen", "Auf Facebook teilen | Auf X teilen"]
)
def test_a_german_share_button_with_its_verb_last_is_a_widget(line: str) -> None:
    """ "Teilen" and "Teilen auf Facebook" went as widgets; the buttons as German pages mostly word them, the verb
    last, stayed as sentences of the article."""
    assert removed(f"Die Fähre fuhr ab.\n{line}\nSie kam an.\n") == [("widget", line)]


@pytest.mark.parametrize("line", ["Die Stadt will den Artikel teilen.", "Artikel teilen ist verboten."])
def test_a_german_sentence_about_sharing_an_article_is_kept(line: str) -> None:
    assert removed(f"Die Fähre fuhr ab.\n{line}\nSie kam an.\n") == []


def test_a_french_sentence_saying_when_something_was_modified_is_kept() -> None:
    assert removed("Le ferry est parti.\nLe texte a été modifié le 4 mars 2026.\nIl est arrivé.\n") == []


@pytest.mark.parametrize(
    "line",
    ["Foto: Jona Marr", "Foto: dpa", "Foto: EFE", "Bild: Keystone", "Imagen: Ana Ruiz", "Crédit photo : Léa Brun"],
)
def test_a_photo_credit_in_another_language_without_an_agency_is_a_credit(line: str) -> None:
    """ "Photo: Jona Marr" went as a credit, and "Foto: Jona Marr/dpa"; the credit with a name alone or an agency alone,
    under the label of a German, Spanish or French page, stayed as a sentence."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("credit", line)]


@pytest.mark.parametrize(
    "line", ["Foto: Die Fähre legt im Hafen an.", "Bild: la mairie a payé le ferry.", "Foto: ein Fest am Hafen"]
)
def test_a_caption_under_a_photo_label_in_another_language_is_no_credit(line: str) -> None:
    assert [reason for reason, _ in removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n")] != ["credit"]


@pytest.mark.parametrize(
    "headline",
    ["5 things to know about the ferry strike", "‘Twisted’: union brands the port a menace", "“We will fight”: dock"],
)
def test_linked_name_debris_whose_first_headline_opens_with_a_figure_or_a_quote_is_removed(headline: str) -> None:
    """The headlines a linked name expands into were looked for only after a capital letter: one opening with a
    figure or a quotation mark stayed in the sentence, with the name twice and "MORE"."""
    debris = f"Lena Varga{headline} Union chief warns of long strike MORE"
    text = f"Port Minister Lena Varga{debris} will meet union leaders on Friday.\n"
    cleaned = clean(text)
    assert [(r.reason, r.text) for r in cleaned.removals] == [("link-debris", debris)]
    assert [s.text for s in segment(cleaned)] == ["Port Minister Lena Varga will meet union leaders on Friday."]


def test_a_name_glued_to_its_possessive_twice_is_no_linked_name_debris() -> None:
    text = "Port Minister Lena VargaLena Varga's plan for the ferry MORE will wait.\n"
    assert removed(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies",
        "This website uses cookies",
        "We and our partners use cookies",
        "Nous utilisons des cookies",
        "Wir verwenden Cookies.",
        "Diese Website verwendet Cookies",
        "Utilizamos cookies",
    ],
)
def test_a_cookie_banners_heading_alone_is_a_widget(line: str) -> None:
    """ "We use cookies." went as a widget, and so did the banner's text that says what the cookies are for; its heading
    alone, without a full stop or in French, German or Spanish, stayed as a sentence of the article."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line", ["We use cookies to count passengers, the operator said.", "Wir verwenden Cookies nie, sagte er."]
)
def test_a_sentence_about_cookies_is_kept(line: str) -> None:
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == []


@pytest.mark.parametrize(
    "line",
    ["Abonnez-vous", "Je m’abonne", "S'abonner", "Jetzt abonnieren", "Suscríbete", "Abbonati ora", "Assine já"],
)
def test_a_subscribe_button_alone_in_another_language_is_a_promo(line: str) -> None:
    """ "Subscribe" and "Subscribe now" alone went as promos; the same button of a French, German, Spanish, Italian or
    Portuguese page stayed as a sentence of the article."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("promo", line)]


@pytest.mark.parametrize("line", ["Abonnez-vous au bulletin de la mairie, dit-elle.", "Abbonati al traghetto, 40 euro"])
def test_a_sentence_that_opens_with_a_subscribe_word_in_another_language_is_kept(line: str) -> None:
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == []


@pytest.mark.parametrize(
    "line", ["Email address", "Please enter a valid email address.", "Invalid email address", "Enter a valid e-mail"]
)
def test_a_newsletter_boxs_field_or_its_error_is_a_promo(line: str) -> None:
    """ "Your email" and "No thanks" of a newsletter box went as promos; its field's label and the message shown for a
    mistyped address stayed as sentences of the article."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Crews tie up the ferry at Kessel on Monday. Credit...Jona Marr for The Kessel Post",
        "Crews tie up the ferry at Kessel on Monday.Credit…Jona Marr for The Kessel Post",
    ],
)
def test_a_caption_with_its_credit_after_credit_and_an_ellipsis_is_a_caption(line: str) -> None:
    """A caption ended by "Credit: Jona Marr" went as a caption, and "Credit...Jona Marr" alone as a credit; a caption
    ended by the credit as some sites set it, after "Credit" and an ellipsis, stayed as a sentence of the article."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("caption", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Accept",
        "Reject",
        "Decline",
        "Accepter",
        "Refuser",
        "Akzeptieren",
        "Ablehnen",
        "Aceptar",
        "Rechazar",
        "Accetta",
        "Rifiuta",
        "Accetto",
        "Rifiuto",
        "Aceitar",
        "Rejeitar",
        "Recusar",
    ],
)
def test_a_cookie_banners_accept_or_reject_button_alone_is_a_widget(line: str) -> None:
    """ "Accept all" and "Rifiuta tutto" went as widgets; a banner's button of one word stayed as a sentence."""
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line",
    ["Accept the offer, the mayor said.", "Rifiuta ogni accordo, ha detto il sindaco.", "Ablehnen will sie nichts."],
)
def test_a_sentence_that_opens_with_a_cookie_buttons_word_is_kept(line: str) -> None:
    assert removed(f"Le ferry est parti.\n{line}\nIl est arrivé.\n") == []


@pytest.mark.parametrize(
    "line",
    ["Riproduzione riservata ©", "Riproduzione riservata. ©", "Tous droits réservés ©", "© Riproduzione riservata"],
)
def test_a_rights_notice_in_another_language_with_its_sign_after_it_is_a_credit(line: str) -> None:
    """ "© Riproduzione riservata" went as a credit; the notice as some Italian pages set it, the sign after the words,
    stayed as a sentence of the article."""
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato alle sei.\n") == [("credit", line)]


@pytest.mark.parametrize(
    "line",
    ["By Jo Marr, 3 March 2026", "By Jo Marr 3 March 2026", "By Jo Marr, 3rd March 2026, 14:05", "By Jo Marr March 3"],
)
def test_a_byline_with_its_date_after_a_comma_or_a_space_is_a_byline(line: str) -> None:
    """ "By Jo Marr - 3 March 2026" and "By Jo Marr, March 3, 2026" went as bylines; the date written day first after a
    comma, or after the name with a space alone (the page's two fields run together), left the line as a sentence."""
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == [("byline", line)]


@pytest.mark.parametrize("line", ["By Jo Marr, 3 March 2026, the ferry had sailed.", "By 3 March 2026 it had sailed."])
def test_a_sentence_opening_with_by_and_a_date_is_kept(line: str) -> None:
    assert removed(f"The ferry left at noon.\n{line}\nIt docked at six.\n") == []


@pytest.mark.parametrize("line", ["di Ada Ferri", "di Ada Ferri e Nico Bassi", "Por Ana Pell e Rui Dias"])
def test_an_italian_byline_is_a_byline(line: str) -> None:
    """ "Par Léa Brun", "Von Jona Marr" and "Por Ana Pell" went as bylines; "di Ada Ferri" stayed as a sentence, and
    two names joined by "e" stayed too."""
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato alle sei.\n") == [("byline", line)]


@pytest.mark.parametrize("line", ["di Ada Ferri, la sindaca, è il piano.", "di Kessel", "di Ada Ferri è il piano"])
def test_a_line_that_opens_like_an_italian_byline_is_kept(line: str) -> None:
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato alle sei.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Il sindaco in piazza | Foto: Ansa",
        "Il sindaco in piazza - Foto: Ansa",
        "La maire sur le quai — Photo : Léa Brun",
        "Die Bürgermeisterin am Kai | Bild: Keystone",
        "Il sindaco in piazza | © ANSA",
    ],
)
def test_a_caption_with_its_credit_after_a_bar_or_a_dash_in_another_language_is_a_caption(line: str) -> None:
    """ "The mayor at the harbour | Photo: Jo Marr" went as a caption; with "Foto:", "Bild:" or "©" after the bar the
    caption stayed as a sentence of the article, credit and all."""
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato alle sei.\n") == [("caption", line)]


@pytest.mark.parametrize("line", ["Il sindaco in piazza | Foto: la folla applaude il ritorno del traghetto."])
def test_a_line_with_a_photo_word_after_a_bar_that_goes_on_as_prose_is_kept(line: str) -> None:
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato alle sei.\n") == []


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Il sindaco ha parlato. Il traghetto riparte. La folla applaude. Foto: Ansa", "Foto: Ansa"),
        ("Die Fähre legt an. Die Stadt zahlt. Die Crew jubelt. Bild: Keystone", "Bild: Keystone"),
        ("Le ferry est reparti. La mairie paie. La foule applaudit. Photo : Léa Brun", "Photo : Léa Brun"),
    ],
)
def test_a_credit_in_another_language_at_the_end_of_a_paragraph_goes_and_its_sentences_stay(
    paragraph: str, credit: str
) -> None:
    """ "Photo: Jo Marr" after a paragraph's last sentence went as a credit; "Foto: Ansa" stayed, and was read as a
    sentence of the article."""
    text = f"Il traghetto è partito.\n\n{paragraph}\n\nÈ arrivato alle sei.\n"
    assert removed(text) == [("credit", credit)]
    assert paragraph.removesuffix(credit).rstrip() in clean(text).kept


@pytest.mark.parametrize("count", ["Page 1 of 3", "Seite 2/4", "« Previous | Page 2 of 3 | Next »"])
@pytest.mark.parametrize("metadata", [True, False])
def test_a_page_count_goes_under_its_own_reason_even_when_the_metadata_is_kept(count: str, metadata: bool) -> None:
    """A page's count went as "metadata", and with metadata=False (--no-metadata), which keeps the date line, front
    matter and headline as sentences, it stayed as a sentence of its own too, matched or reported unique."""
    text = f"{count}\n\nFerry returns to Brell\n\nThe ferry returned on Monday.\n\n{count}\n\nIt was late by an hour.\n"
    got = [(r.reason, r.text) for r in clean(text, metadata=metadata).removals]
    headline = [("headline", "Ferry returns to Brell")] if metadata else []
    assert got == [("page-count", count), *headline, ("page-count", count)]


def test_without_rules_or_metadata_a_page_count_is_kept_with_the_rest() -> None:
    text = "Page 1 of 3\n\nFerry returns to Brell\n\nThe ferry returned.\n"
    assert clean(text, rules=(), metadata=False).removals == ()
    assert [r.reason for r in clean(text, rules=()).removals] == ["page-count", "headline"]


@pytest.mark.parametrize(
    "line", ["dal nostro inviato Nico Bassi", "dalla nostra inviata Ada Ferri", "dal nostro corrispondente Nico Bassi"]
)
def test_an_italian_correspondents_byline_is_a_byline(line: str) -> None:
    """ "di Ada Ferri" went as a byline; a correspondent's, "dal nostro inviato Nico Bassi", stayed as a sentence."""
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato alle sei.\n") == [("byline", line)]


@pytest.mark.parametrize("line", ["dal nostro inviato a Kessel abbiamo saputo tutto.", "dalla nostra inviata"])
def test_a_line_that_opens_like_an_italian_correspondents_byline_is_kept(line: str) -> None:
    assert removed(f"Il traghetto è partito.\n{line}\nÈ arrivato alle sei.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Delen",
        "Deel op Facebook",
        "Deel dit artikel",
        "Artikel delen",
        "Del",
        "Del på Facebook",
        "Dela",
        "Dela artikeln",
        "Jaa",
        "Jaa Facebookissa",
        "Delen Deel op X Link kopiëren",
        "Link kopiëren",
        "Kopier lenke",
        "Kopiera länk",
        "Kopioi linkki",
        "Akkoord",
        "Alles accepteren",
        "Godta alle",
        "Acceptera alla",
        "Hyväksy kaikki",
    ],
)
def test_a_dutch_scandinavian_or_finnish_share_copy_link_or_cookie_button_alone_is_a_widget(line: str) -> None:
    """ "Partager" and "Teilen" went as widgets; "Delen", "Del på Facebook" and "Kopiera länk" stayed as sentences."""
    assert removed(f"De veerboot vertrok.\n{line}\nHij kwam om zes uur aan.\n") == [("widget", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Deel van de haven bleef dicht.",
        "Del av hamnen var stängd.",
        "Jaa, sanoi pormestari.",
        "Akkoord, zei de burgemeester.",
        "Del Monte",
        "The mayor said she would share the report.",
    ],
)
def test_a_sentence_that_opens_with_a_nordic_share_or_cookie_buttons_word_is_kept(line: str) -> None:
    assert removed(f"De veerboot vertrok.\n{line}\nHij kwam om zes uur aan.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Just now",
        "Moments ago",
        "vor 1 Stunde",
        "Gerade eben",
        "À l'instant",
        "il y a une heure",
        "Hace un momento",
        "hace una hora",
        "5 minuten geleden",
        "Bijgewerkt 2 uur geleden",
        "5 minutter siden",
        "5 minuter sedan",
        "5 minuuttia sitten",
    ],
)
def test_a_live_blogs_stamp_in_words_alone_on_its_line_is_a_timestamp(line: str) -> None:
    """ "2 min ago", "vor 5 Minuten" and "il y a 3 heures" went as timestamps; "Just now", one of a unit ("vor 1
    Stunde") and the Dutch and Scandinavian stamps stayed as sentences, matched across a live blog's articles."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line", ["The ferry left just now.", "Just now, the ferry left.", "Vor 1 Stunde legte die Fähre ab."]
)
def test_a_sentence_with_a_live_blogs_stamp_in_it_is_kept(line: str) -> None:
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Try 1 month for $1",
        "Get 12 weeks for $4 a week",
        "Start your 14-day free trial",
        "Jetzt anmelden",
        "Kostenlos registrieren",
        "Jetzt 1 Monat für 1 € testen",
        "Suscríbete gratis",
        "Suscríbete por 1 € al mes",
        "Abonnez-vous pour 1 €",
        "Abonnez-vous pour 1 € par mois",
        "Inscrivez-vous",
    ],
)
def test_an_offer_or_a_sign_up_button_alone_on_its_line_is_a_promo(line: str) -> None:
    """ "Subscribe now" and "Abonnez-vous" went as promos; an offer at a price ("Try 1 month for $1") and a sign-up
    button in German or Spanish ("Jetzt anmelden", "Suscríbete gratis") stayed as sentences of the article."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("promo", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Try it yourself, the mayor said.",
        "Try 1 month for $1 and see the difference, the advert said.",
        "Jetzt anmelden, sagte der Bürgermeister.",
        "Abonnez-vous pour 1 €, a-t-il plaisanté.",
    ],
)
def test_a_sentence_that_opens_like_an_offer_or_a_sign_up_button_is_kept(line: str) -> None:
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == []


@pytest.mark.parametrize(
    "last",
    [
        "The mayor thanked the crew. The ferry runs again in May",
        "“We will rebuild,” the mayor said",
        "“We will rebuild,” said the mayor",
        "and said the ferry would run all winter",
    ],
)
def test_a_last_line_of_prose_right_under_the_links_is_kept(last: str) -> None:
    # Without its full stop and with no blank line above it, the article's last line went with the linked headlines.
    text = f"The ferry returned on Monday.\nMore on this story\nKessel ferry strike enters second week\n{last}\n"
    assert removed(text) == [("promo", "More on this story"), ("promo", "Kessel ferry strike enters second week")]
    assert last in clean(text).kept


@pytest.mark.parametrize(
    "link",
    [
        "“We will rebuild,” says mayor",
        "Dockers vs. Kessel Port Authority: the vote",
        "Sept. strike ends early",
        "Will ferries run? Council to decide",
        "de Vries named harbour master",
    ],
)
def test_a_linked_headline_shaped_like_prose_in_part_still_goes_with_the_list(link: str) -> None:
    text = f"The ferry returned on Monday.\nMore on this story\n{link}\nThe union said it would meet again in June.\n"
    assert removed(text) == [("promo", "More on this story"), ("promo", link)]


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Artikel wurde aktualisiert.",
        "Der Artikel wird laufend aktualisiert.",
        "Cet article a été mis à jour.",
        "Este artículo ha sido actualizado.",
        "Questo articolo è stato aggiornato.",
        "Este artigo foi atualizado.",
        "Dit artikel is bijgewerkt.",
        "Artikkelen er oppdatert.",
        "Artikeln har uppdaterats.",
    ],
)
def test_a_note_that_the_article_was_updated_in_another_language_is_a_timestamp(line: str) -> None:
    """ "This story has been updated." went as a timestamp; the same note in German or French stayed as a sentence."""
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == [("timestamp", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Artikel wurde aktualisiert, weil der Bürgermeister zurücktrat.",
        "Cet article a été mis à jour pour corriger le nom du ministre.",
        "Der Artikel wurde geändert und der Rat stimmte zu.",
    ],
)
def test_a_note_that_says_what_was_changed_in_another_language_is_kept(line: str) -> None:
    assert removed(f"The ferry stopped on Monday.\n{line}\nIt ran again on Tuesday.\n") == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Word abonnee", "promo"),
        ("Abonneer nu", "promo"),
        ("Abonner nå", "promo"),
        ("Prenumerera", "promo"),
        ("Schrijf je in voor onze nieuwsbrief", "promo"),
        ("Meld deg på nyhetsbrev", "promo"),
        ("Dit artikel is alleen voor abonnees.", "promo"),
        ("Er du allerede abonnent?", "promo"),
        ("Wij gebruiken cookies om je de beste ervaring te geven.", "widget"),
        ("Vi bruker informasjonskapsler.", "widget"),
        ("Vi använder cookies för att ge dig en bättre upplevelse.", "widget"),
    ],
)
def test_a_dutch_or_scandinavian_promo_or_cookie_banner_alone_is_removed(line: str, reason: str) -> None:
    """ "Abonnez-vous" and "Wir verwenden Cookies" went; "Word abonnee" and "Vi bruker informasjonskapsler." stayed."""
    assert removed(f"De veerboot vertrok.\n{line}\nHij kwam om zes uur aan.\n") == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Wij gebruiken cookies niet, zei de woordvoerder.",
        "Vi bruker informasjonskapsler på en trygg måte, sier selskapet.",
        "Word abonnee en steun de krant, zei hij.",
    ],
)
def test_a_sentence_that_opens_like_a_nordic_promo_or_cookie_banner_is_kept(line: str) -> None:
    assert removed(f"De veerboot vertrok.\n{line}\nHij kwam om zes uur aan.\n") == []
