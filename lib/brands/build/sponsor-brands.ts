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

const vpn = (name: string, domains: string[], aliases: string[] = []): SponsorBrand => ({ name, domains, categories: ['vpn'], aliases });

export const SPONSOR_BRANDS: readonly SponsorBrand[] = [
  vpn('NordVPN', ['nordvpn.com']),
  vpn('ExpressVPN', ['expressvpn.com']),
  vpn('Surfshark', ['surfshark.com'], ['Surfshark VPN']),
  vpn('Proton VPN', ['protonvpn.com'], ['ProtonVPN']),
  vpn('Private Internet Access', ['privateinternetaccess.com']),
  vpn('CyberGhost', ['cyberghostvpn.com'], ['CyberGhost VPN']),
  vpn('Mullvad', ['mullvad.net'], ['Mullvad VPN']),
  vpn('IPVanish', ['ipvanish.com']),
  vpn('Windscribe', ['windscribe.com']),
  vpn('TunnelBear', ['tunnelbear.com']),
  vpn('Hotspot Shield', ['hotspotshield.com']),
  vpn('PureVPN', ['purevpn.com']),
  vpn('Atlas VPN', ['atlasvpn.com']),
  vpn('PrivadoVPN', ['privadovpn.com']),
  { name: 'NordPass', domains: ['nordpass.com'], categories: ['password-manager'] },
  { name: '1Password', domains: ['1password.com'], categories: ['password-manager'] },
  { name: 'Dashlane', domains: ['dashlane.com'], categories: ['password-manager'] },
  { name: 'LastPass', domains: ['lastpass.com'], categories: ['password-manager'] },
  { name: 'Bitwarden', domains: ['bitwarden.com'], categories: ['password-manager'] },
  { name: 'RoboForm', domains: ['roboform.com'], categories: ['password-manager'] },
  { name: 'Incogni', domains: ['incogni.com'], categories: ['data-removal'] },
  { name: 'DeleteMe', domains: ['joindeleteme.com'], categories: ['data-removal'] },
  { name: 'Optery', domains: ['optery.com'], categories: ['data-removal'] },
  { name: 'HelloFresh', domains: ['hellofresh.com'], categories: ['meal-kit'] },
  { name: 'Factor', domains: ['factor75.com'], categories: ['meal-kit'], aliases: ['Factor Meals'] },
  { name: 'Green Chef', domains: ['greenchef.com'], categories: ['meal-kit'] },
  { name: 'Blue Apron', domains: ['blueapron.com'], categories: ['meal-kit'] },
  { name: 'Home Chef', domains: ['homechef.com'], categories: ['meal-kit'] },
  { name: 'EveryPlate', domains: ['everyplate.com'], categories: ['meal-kit'] },
  { name: 'Gousto', domains: ['gousto.co.uk'], categories: ['meal-kit'] },
  { name: 'Marley Spoon', domains: ['marleyspoon.com'], categories: ['meal-kit'] },
  { name: 'Squarespace', domains: ['squarespace.com'], categories: ['website-builder'] },
  { name: 'Wix', domains: ['wix.com'], categories: ['website-builder'] },
  { name: 'Hostinger', domains: ['hostinger.com'], categories: ['website-builder'] },
  { name: 'GoDaddy', domains: ['godaddy.com'], categories: ['website-builder'] },
  { name: 'Webflow', domains: ['webflow.com'], categories: ['website-builder'] },
  { name: 'Shopify', domains: ['shopify.com'], categories: ['website-builder'] },
  { name: 'Skillshare', domains: ['skillshare.com'], categories: ['online-learning'] },
  { name: 'Brilliant', domains: ['brilliant.org'], categories: ['online-learning'] },
  { name: 'MasterClass', domains: ['masterclass.com'], categories: ['online-learning'] },
  { name: 'CuriosityStream', domains: ['curiositystream.com'], categories: ['online-learning'] },
  { name: 'Coursera', domains: ['coursera.org'], categories: ['online-learning'] },
  { name: 'Udemy', domains: ['udemy.com'], categories: ['online-learning'] },
  { name: 'Babbel', domains: ['babbel.com'], categories: ['language-learning'] },
  { name: 'Duolingo', domains: ['duolingo.com'], categories: ['language-learning'] },
  { name: 'Rosetta Stone', domains: ['rosettastone.com'], categories: ['language-learning'] },
  { name: 'Busuu', domains: ['busuu.com'], categories: ['language-learning'] },
  { name: 'Audible', domains: ['audible.com'], categories: ['audiobooks'] },
  { name: 'Blinkist', domains: ['blinkist.com'], categories: ['audiobooks'] },
  { name: 'Speechify', domains: ['speechify.com'], categories: ['audiobooks'] },
  { name: 'Raid: Shadow Legends', domains: [], categories: ['video-games'], aliases: ['Raid Shadow Legends'] },
  { name: 'World of Tanks', domains: ['worldoftanks.com'], categories: ['video-games'] },
  { name: 'World of Warships', domains: ['worldofwarships.com'], categories: ['video-games'] },
  { name: 'War Thunder', domains: ['warthunder.com'], categories: ['video-games'] },
  { name: 'Genshin Impact', domains: [], categories: ['video-games'] },
  { name: 'Manscaped', domains: ['manscaped.com'], categories: ['shaving'] },
  { name: 'Dollar Shave Club', domains: ['dollarshaveclub.com'], categories: ['shaving'] },
  { name: 'Red Bull', domains: ['redbull.com'], categories: ['beverages'] },
  { name: 'Monster Energy', domains: ['monsterenergy.com'], categories: ['beverages'] },
  { name: 'Liquid Death', domains: ['liquiddeath.com'], categories: ['beverages'] },
  { name: 'AG1', domains: ['drinkag1.com'], categories: ['nutrition-supplements'], aliases: ['Athletic Greens'] },
  { name: 'Huel', domains: ['huel.com'], categories: ['nutrition-supplements'] },
  { name: "Ka'Chava", domains: ['kachava.com'], categories: ['nutrition-supplements'] },
  { name: 'Liquid I.V.', domains: ['liquid-iv.com'], categories: ['nutrition-supplements'] },
  { name: 'BetterHelp', domains: ['betterhelp.com'], categories: ['online-therapy'] },
  { name: 'Talkspace', domains: ['talkspace.com'], categories: ['online-therapy'] },
  { name: 'Headspace', domains: ['headspace.com'], categories: ['meditation'] },
  { name: 'Calm', domains: ['calm.com'], categories: ['meditation'] },
  { name: 'Rocket Money', domains: ['rocketmoney.com'], categories: ['personal-finance'] },
  { name: 'Ground News', domains: ['ground.news'], categories: ['news'] },
  { name: 'Ridge', domains: ['ridge.com'], categories: ['fashion-accessories'], aliases: ['Ridge Wallet'] },
  { name: 'Raycon', domains: ['rayconglobal.com'], categories: ['hifi'] },
  { name: 'Eight Sleep', domains: ['eightsleep.com'], categories: ['bed'] },
  { name: 'Helix Sleep', domains: ['helixsleep.com'], categories: ['bed'] },
  { name: 'Storyworth', domains: ['storyworth.com'], categories: ['gift'] },
  { name: 'Established Titles', domains: ['establishedtitles.com'], categories: ['gift'] },
  { name: 'Displate', domains: ['displate.com'], categories: ['art'] },
  { name: 'SeatGeek', domains: ['seatgeek.com'], categories: ['ticket'] },
  { name: 'Opera GX', domains: [], categories: ['web-browser'] },
  { name: 'Brave', domains: ['brave.com'], categories: ['web-browser'] },
  { name: 'Notion', domains: ['notion.so'], categories: ['software'] },
  { name: 'Grammarly', domains: ['grammarly.com'], categories: ['software'] },
  // Brands sold online first, which creators promote most and no shop dataset lists.
  ...[
    ['Glossier', 'glossier.com'], ['Fenty Beauty', 'fentybeauty.com'], ['Rare Beauty', 'rarebeauty.com'], ['The Ordinary', 'theordinary.com'],
    ['Rhode', 'rhodeskin.com'], ['Summer Fridays', 'summerfridays.com'], ['CeraVe', 'cerave.com'], ['Drunk Elephant', 'drunkelephant.com'],
    ['Olaplex', 'olaplex.com'], ['Sol de Janeiro', 'soldejaneiro.com'], ['Tatcha', 'tatcha.com'], ['ColourPop', 'colourpop.com'],
    ['Huda Beauty', 'hudabeauty.com'], ['Kylie Cosmetics', 'kyliecosmetics.com'], ['Anastasia Beverly Hills', 'anastasiabeverlyhills.com'],
    ['Benefit Cosmetics', 'benefitcosmetics.com'], ['Too Faced', 'toofaced.com'], ['Glow Recipe', 'glowrecipe.com'],
    ["Paula's Choice", 'paulaschoice.com'],
  ].map(([name, domain]): SponsorBrand => ({ name: name!, domains: [domain!], categories: ['cosmetics'] })),
  { name: 'e.l.f. Cosmetics', domains: ['elfcosmetics.com'], categories: ['cosmetics'], aliases: ['e.l.f.'] },
  { name: 'NYX Professional Makeup', domains: ['nyxcosmetics.com'], categories: ['cosmetics'], aliases: ['NYX', 'NYX Cosmetics'] },
  { name: 'Tarte', domains: ['tartecosmetics.com'], categories: ['cosmetics'], aliases: ['Tarte Cosmetics'] },
  ...[
    ['Gymshark', 'gymshark.com'], ['Skims', 'skims.com'], ['Fashion Nova', 'fashionnova.com'], ['Shein', 'shein.com'], ['Princess Polly', 'princesspolly.com'],
  ].map(([name, domain]): SponsorBrand => ({ name: name!, domains: [domain!], categories: ['clothes'] })),
  { name: 'Alo Yoga', domains: ['aloyoga.com'], categories: ['clothes'], aliases: ['Alo'] },
  { name: 'Temu', domains: ['temu.com'], categories: ['variety-store'] },
  { name: 'Stanley', domains: ['stanley1913.com'], categories: ['houseware'] },
  { name: 'Owala', domains: ['owalalife.com'], categories: ['houseware'] },
  { name: 'Celsius', domains: ['celsius.com'], categories: ['beverages'] },
  { name: 'Prime Hydration', domains: ['drinkprime.com'], categories: ['beverages'] },
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
