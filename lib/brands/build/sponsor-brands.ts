/**
 * The online services that sponsor creators' videos most, and the brands sold online first that creators
 * promote most, with the categories an exclusivity clause names them by. name-suggestion-index lists shops
 * and restaurants (places on a map) and simple-icons lists online services without any category, so
 * without this list a clause over "vpn" would not see an ExpressVPN sponsor read, and Raid: Shadow Legends,
 * BetterHelp, Glossier or Gymshark would not be in the catalogue at all.
 *
 * Written for Conflict Lens from the brands' own sites (names as they write them, their main domains); no
 * handles, because a wrong guess would name a person. A brand the catalogue already has by name gets the
 * categories (when it has none from a map: "Casper" the mattress shops keep theirs); the others are added.
 */
import { nameKey } from '@/lib/brands/build/common-words';
import { compactKey, type DraftBrand } from '@/lib/brands/build/draft';

export interface SponsorBrand {
  name: string;
  domains: readonly string[];
  categories: readonly string[];
  aliases?: readonly string[];
}

/** Sponsor brands of one category, each as [name, main domain ('' when no sure one), ...aliases]. */
function ofCategory(category: string, entries: ReadonlyArray<readonly [string, string, ...string[]]>): SponsorBrand[] {
  return entries.map(([name, domain, ...aliases]) => ({ name, domains: domain === '' ? [] : [domain], categories: [category], aliases }));
}

/** The online services first, then the brands sold online first that creators promote most and no shop dataset lists. */
export const SPONSOR_BRANDS: readonly SponsorBrand[] = [
  ...ofCategory('vpn', [
    ['NordVPN', 'nordvpn.com'],
    ['ExpressVPN', 'expressvpn.com'],
    ['Surfshark', 'surfshark.com', 'Surfshark VPN'],
    ['Proton VPN', 'protonvpn.com', 'ProtonVPN'],
    ['Private Internet Access', 'privateinternetaccess.com'],
    ['CyberGhost', 'cyberghostvpn.com', 'CyberGhost VPN'],
    ['Mullvad', 'mullvad.net', 'Mullvad VPN'],
    ['IPVanish', 'ipvanish.com'],
    ['Windscribe', 'windscribe.com'],
    ['TunnelBear', 'tunnelbear.com'],
    ['Hotspot Shield', 'hotspotshield.com'],
    ['PureVPN', 'purevpn.com'],
    ['Atlas VPN', 'atlasvpn.com'],
    ['PrivadoVPN', 'privadovpn.com'],
  ]),
  ...ofCategory('password-manager', [
    ['NordPass', 'nordpass.com'],
    ['1Password', '1password.com'],
    ['Dashlane', 'dashlane.com'],
    ['LastPass', 'lastpass.com'],
    ['Bitwarden', 'bitwarden.com'],
    ['RoboForm', 'roboform.com'],
  ]),
  ...ofCategory('data-removal', [
    ['Incogni', 'incogni.com'],
    ['DeleteMe', 'joindeleteme.com'],
    ['Optery', 'optery.com'],
  ]),
  ...ofCategory('meal-kit', [
    ['HelloFresh', 'hellofresh.com'],
    ['Factor', 'factor75.com', 'Factor Meals'],
    ['Green Chef', 'greenchef.com'],
    ['Blue Apron', 'blueapron.com'],
    ['Home Chef', 'homechef.com'],
    ['EveryPlate', 'everyplate.com'],
    ['Gousto', 'gousto.co.uk'],
    ['Marley Spoon', 'marleyspoon.com'],
  ]),
  ...ofCategory('website-builder', [
    ['Squarespace', 'squarespace.com'],
    ['Wix', 'wix.com'],
    ['Hostinger', 'hostinger.com'],
    ['GoDaddy', 'godaddy.com'],
    ['Webflow', 'webflow.com'],
    ['Shopify', 'shopify.com'],
  ]),
  ...ofCategory('online-learning', [
    ['Skillshare', 'skillshare.com'],
    ['Brilliant', 'brilliant.org'],
    ['MasterClass', 'masterclass.com'],
    ['CuriosityStream', 'curiositystream.com'],
    ['Coursera', 'coursera.org'],
    ['Udemy', 'udemy.com'],
  ]),
  ...ofCategory('language-learning', [
    ['Babbel', 'babbel.com'],
    ['Duolingo', 'duolingo.com'],
    ['Rosetta Stone', 'rosettastone.com'],
    ['Busuu', 'busuu.com'],
  ]),
  ...ofCategory('audiobooks', [
    ['Audible', 'audible.com'],
    ['Blinkist', 'blinkist.com'],
    ['Speechify', 'speechify.com'],
  ]),
  ...ofCategory('video-games', [
    ['Raid: Shadow Legends', '', 'Raid Shadow Legends'],
    ['World of Tanks', 'worldoftanks.com'],
    ['World of Warships', 'worldofwarships.com'],
    ['War Thunder', 'warthunder.com'],
    ['Genshin Impact', ''],
  ]),
  ...ofCategory('shaving', [
    ['Manscaped', 'manscaped.com'],
    ['Dollar Shave Club', 'dollarshaveclub.com'],
  ]),
  ...ofCategory('beverages', [
    ['Red Bull', 'redbull.com'],
    ['Monster Energy', 'monsterenergy.com'],
    ['Liquid Death', 'liquiddeath.com'],
    ['Celsius', 'celsius.com'],
    ['Prime Hydration', 'drinkprime.com'],
  ]),
  ...ofCategory('nutrition-supplements', [
    ['AG1', 'drinkag1.com', 'Athletic Greens'],
    ['Huel', 'huel.com'],
    ["Ka'Chava", 'kachava.com'],
    ['Liquid I.V.', 'liquid-iv.com'],
  ]),
  ...ofCategory('online-therapy', [
    ['BetterHelp', 'betterhelp.com'],
    ['Talkspace', 'talkspace.com'],
  ]),
  ...ofCategory('meditation', [
    ['Headspace', 'headspace.com'],
    ['Calm', 'calm.com'],
  ]),
  ...ofCategory('personal-finance', [
    ['Rocket Money', 'rocketmoney.com'],
  ]),
  ...ofCategory('news', [
    ['Ground News', 'ground.news'],
  ]),
  ...ofCategory('fashion-accessories', [
    ['Ridge', 'ridge.com', 'Ridge Wallet'],
  ]),
  ...ofCategory('hifi', [
    ['Raycon', 'rayconglobal.com'],
  ]),
  ...ofCategory('bed', [
    ['Eight Sleep', 'eightsleep.com'],
    ['Helix Sleep', 'helixsleep.com'],
  ]),
  ...ofCategory('gift', [
    ['Storyworth', 'storyworth.com'],
    ['Established Titles', 'establishedtitles.com'],
  ]),
  ...ofCategory('art', [
    ['Displate', 'displate.com'],
  ]),
  ...ofCategory('ticket', [
    ['SeatGeek', 'seatgeek.com'],
  ]),
  ...ofCategory('web-browser', [
    ['Opera GX', ''],
    ['Brave', 'brave.com'],
  ]),
  ...ofCategory('software', [
    ['Notion', 'notion.so'],
    ['Grammarly', 'grammarly.com'],
  ]),
  ...ofCategory('cosmetics', [
    ['Glossier', 'glossier.com'],
    ['Fenty Beauty', 'fentybeauty.com'],
    ['Rare Beauty', 'rarebeauty.com'],
    ['The Ordinary', 'theordinary.com'],
    ['Rhode', 'rhodeskin.com'],
    ['Summer Fridays', 'summerfridays.com'],
    ['CeraVe', 'cerave.com'],
    ['Drunk Elephant', 'drunkelephant.com'],
    ['Olaplex', 'olaplex.com'],
    ['Sol de Janeiro', 'soldejaneiro.com'],
    ['Tatcha', 'tatcha.com'],
    ['ColourPop', 'colourpop.com'],
    ['Huda Beauty', 'hudabeauty.com'],
    ['Kylie Cosmetics', 'kyliecosmetics.com'],
    ['Anastasia Beverly Hills', 'anastasiabeverlyhills.com'],
    ['Benefit Cosmetics', 'benefitcosmetics.com'],
    ['Too Faced', 'toofaced.com'],
    ['Glow Recipe', 'glowrecipe.com'],
    ["Paula's Choice", 'paulaschoice.com'],
    ['e.l.f. Cosmetics', 'elfcosmetics.com', 'e.l.f.'],
    ['NYX Professional Makeup', 'nyxcosmetics.com', 'NYX', 'NYX Cosmetics'],
    ['Tarte', 'tartecosmetics.com', 'Tarte Cosmetics'],
  ]),
  ...ofCategory('clothes', [
    ['Gymshark', 'gymshark.com'],
    ['Skims', 'skims.com'],
    ['Fashion Nova', 'fashionnova.com'],
    ['Shein', 'shein.com'],
    ['Princess Polly', 'princesspolly.com'],
    ['Alo Yoga', 'aloyoga.com', 'Alo'],
  ]),
  ...ofCategory('variety-store', [
    ['Temu', 'temu.com'],
  ]),
  ...ofCategory('houseware', [
    ['Stanley', 'stanley1913.com'],
    ['Owala', 'owalalife.com'],
  ]),
];

/**
 * Gives the catalogue's brands named like a sponsor brand its categories (those without categories of
 * their own), and returns the sponsor brands the catalogue lacks, as new drafts (added to `byName` too).
 */
export function mergeSponsorBrands(byName: Map<string, DraftBrand[]>, sponsors: readonly SponsorBrand[]): { added: DraftBrand[]; categorised: number; ids: Set<string> } {
  const added: DraftBrand[] = [];
  /** Every catalogue brand the list names, added or merged. */
  const ids = new Set<string>();
  let categorised = 0;
  for (const sponsor of sponsors) {
    const existing = [sponsor.name, ...(sponsor.aliases ?? [])].flatMap((name) => byName.get(nameKey(name)) ?? []);
    if (existing.length > 0) {
      for (const brand of existing) {
        ids.add(brand.id);
        if (brand.categories.length > 0) continue;
        brand.categories = [...sponsor.categories];
        for (const domain of sponsor.domains) if (!brand.domains.includes(domain)) brand.domains.push(domain);
        categorised++;
      }
      continue;
    }
    const brand: DraftBrand = {
      id: `cl:${compactKey(sponsor.name)}`,
      name: sponsor.name,
      aliases: [...(sponsor.aliases ?? [])],
      localAliases: [],
      handles: {},
      domains: [...sponsor.domains],
      categories: [...sponsor.categories],
      worldwide: true,
    };
    added.push(brand);
    ids.add(brand.id);
    byName.set(nameKey(sponsor.name), [brand]);
  }
  return { added, categorised, ids };
}
