/**
 * The online services that sponsor creators' videos most, the brands sold online first that creators
 * promote most, and the consumer brands of the categories paid most on Instagram and TikTok (beauty, drinks,
 * snacks, cameras and audio), with the categories an exclusivity clause names them by. name-suggestion-index
 * lists shops and restaurants (places on a map: Coca-Cola only as a vending machine) and simple-icons lists
 * online services without any category, so without this list a clause over "vpn" would not see an
 * ExpressVPN sponsor read, one over "skincare" would not see La Roche-Posay, and Raid: Shadow Legends,
 * BetterHelp, Glossier, Clinique or Heineken would not be in the catalogue at all.
 *
 * Written for Conflict Lens from the brands' own sites (names as they write them, their main domains); no
 * handles, because a wrong guess would name a person. A brand the catalogue already has by name gets the
 * categories when it has none from a map ("Casper" the mattress shops keep theirs) or shares the
 * sponsor's site; the others are added.
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
    ['PlayStation', 'playstation.com'],
    ['Xbox', 'xbox.com'],
    ['Nintendo', 'nintendo.com'],
    ['Meta Quest', ''],
  ]),
  ...ofCategory('shaving', [
    ['Manscaped', 'manscaped.com'],
    ['Dollar Shave Club', 'dollarshaveclub.com'],
    ['Gillette', 'gillette.com'],
    ['Braun', 'braun.com'],
  ]),
  ...ofCategory('beverages', [
    ['Red Bull', 'redbull.com'],
    ['Monster Energy', 'monsterenergy.com'],
    ['Liquid Death', 'liquiddeath.com'],
    ['Celsius', 'celsius.com'],
    ['Prime Hydration', 'drinkprime.com'],
    // Soft drinks: name-suggestion-index knows Coca-Cola and Pepsi only as vending machines.
    ['Coca-Cola', 'coca-cola.com'],
    ['Pepsi', 'pepsi.com'],
    ['Fanta', 'fanta.com'],
    ['Sprite', 'sprite.com'],
    ['Dr Pepper', 'drpepper.com'],
    ['Mountain Dew', 'mountaindew.com'],
    ['7up', '7up.com'],
    ['Gatorade', 'gatorade.com'],
    ['Powerade', 'powerade.com'],
    ['Lipton', 'lipton.com'],
    ['Vitaminwater', 'vitaminwater.com'],
    ['Evian', 'evian.com'],
    ['Fiji Water', 'fijiwater.com'],
    ['San Pellegrino', 'sanpellegrino.com'],
    ['Rockstar Energy', 'rockstarenergy.com'],
    ['Bang Energy', 'bangenergy.com'],
    ['Alani Nu', 'alaninu.com'],
    ['Poppi', 'drinkpoppi.com'],
    ['Olipop', 'drinkolipop.com'],
    ['Oatly', 'oatly.com'],
  ]),
  ...ofCategory('alcohol', [
    ['Heineken', 'heineken.com'],
    ['Corona Extra', 'corona.com', 'Corona'],
    ['Budweiser', 'budweiser.com'],
    ['Guinness', 'guinness.com'],
    ['Stella Artois', 'stellaartois.com'],
    ['Carlsberg', 'carlsberg.com'],
    ["Beck's", 'becks.com'],
    ['Modelo', 'modelousa.com'],
    ['Michelob Ultra', 'michelobultra.com'],
    ['Coors Light', 'coorslight.com'],
    ['Miller Lite', 'millerlite.com'],
    ['White Claw', 'whiteclaw.com'],
    ["Jack Daniel's", 'jackdaniels.com'],
    ['Smirnoff', 'smirnoff.com'],
    ['Absolut', 'absolut.com', 'Absolut Vodka'],
    ['Grey Goose', 'greygoose.com'],
    ["Tito's Handmade Vodka", 'titosvodka.com', "Tito's Vodka"],
    ['Bacardi', 'bacardi.com'],
    ['Captain Morgan', 'captainmorgan.com'],
    ['Malibu Rum', 'malibudrinks.com'],
    ['Hennessy', 'hennessy.com'],
    ['Johnnie Walker', 'johnniewalker.com'],
    ['Jameson', 'jamesonwhiskey.com', 'Jameson Irish Whiskey'],
    ['Baileys', 'baileys.com'],
    ['Tanqueray', 'tanqueray.com'],
    ['Bombay Sapphire', 'bombaysapphire.com'],
    ['Aperol', 'aperol.com'],
    ['Campari', 'campari.com'],
    ['Jägermeister', 'jagermeister.com'],
    ['Don Julio', 'donjulio.com'],
    ['Patrón Tequila', 'patrontequila.com', 'Patrón'],
    ['Casamigos', 'casamigos.com'],
    ['Moët & Chandon', 'moet.com', 'Moët'],
    ['Veuve Clicquot', 'veuveclicquot.com'],
    ['Dom Pérignon', 'domperignon.com'],
  ]),
  ...ofCategory('snacks', [
    ['Doritos', 'doritos.com'],
    ["Lay's", 'lays.com'],
    ['Pringles', 'pringles.com'],
    ['Cheetos', 'cheetos.com'],
    ['Takis', ''],
  ]),
  ...ofCategory('confectionery', [
    ['Oreo', 'oreo.com'],
    ['KitKat', 'kitkat.com', 'Kit Kat'],
    ['Nutella', 'nutella.com'],
    ["M&M's", 'mms.com'],
    ['Haribo', 'haribo.com'],
    ["Reese's", 'reeses.com'],
    ['Skittles', 'skittles.com'],
    ['Snickers', 'snickers.com'],
    ['Cadbury', 'cadbury.co.uk'],
    ['Milka', 'milka.com'],
    ['Ferrero Rocher', 'ferrerorocher.com'],
    ["Hershey's", 'hersheys.com'],
  ]),
  ...ofCategory('camera', [
    ['Canon', 'canon.com'],
    ['Nikon', 'nikon.com'],
    ['Fujifilm', 'fujifilm.com'],
    ['GoPro', 'gopro.com'],
    ['DJI', 'dji.com'],
    ['Insta360', 'insta360.com'],
    ['Leica', 'leica-camera.com'],
    ['Polaroid', 'polaroid.com'],
    ['Kodak', 'kodak.com'],
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
    ['Bose', 'bose.com'],
    ['JBL', 'jbl.com'],
    ['Beats by Dre', 'beatsbydre.com', 'Beats'],
    ['Sennheiser', 'sennheiser.com'],
    ['Sonos', 'sonos.com'],
    ['Skullcandy', 'skullcandy.com'],
  ]),
  ...ofCategory('mobile-phone', [
    ['Apple', 'apple.com'],
    ['Samsung', 'samsung.com'],
    ['Google Pixel', ''],
    ['Samsung Galaxy', ''],
    ['OnePlus', 'oneplus.com'],
    ['Motorola', 'motorola.com'],
    ['Nothing Phone', 'nothing.tech'],
    ['Realme', 'realme.com'],
    ['Honor', 'hihonor.com'],
  ]),
  ...ofCategory('electronics', [
    ['Apple', 'apple.com'],
    ['Microsoft', 'microsoft.com'],
    ['Lenovo', 'lenovo.com'],
    ['Dell', 'dell.com'],
    ['HP', 'hp.com'],
    ['Asus', 'asus.com'],
    ['Acer', 'acer.com'],
  ]),
  ...ofCategory('wearables', [
    ['Fitbit', 'fitbit.com'],
    ['Garmin', 'garmin.com'],
    ['Whoop', 'whoop.com'],
    ['Oura', 'ouraring.com', 'Oura Ring'],
  ]),
  ...ofCategory('computer', [
    ['MSI', 'msi.com'],
    ['Intel', 'intel.com'],
    ['AMD', 'amd.com'],
    ['Nvidia', 'nvidia.com'],
    ['Logitech', 'logitech.com'],
    ['Razer', 'razer.com'],
    ['Corsair', 'corsair.com'],
    ['SteelSeries', 'steelseries.com'],
    ['HyperX', 'hyperx.com'],
    ['Elgato', 'elgato.com'],
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
    ['Adobe', 'adobe.com'],
    ['Canva', 'canva.com'],
    ['CapCut', 'capcut.com'],
    ['Evernote', 'evernote.com'],
    ['ClickUp', 'clickup.com'],
    ['Todoist', 'todoist.com'],
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
    // The houses and drugstore brands beauty creators are paid by most, which no shop dataset lists.
    ['Clinique', 'clinique.com'],
    ['Estée Lauder', 'esteelauder.com'],
    ['La Roche-Posay', 'laroche-posay.com'],
    ["L'Oréal Paris", 'lorealparis.com', "L'Oréal"],
    ['Maybelline New York', 'maybelline.com', 'Maybelline'],
    ['Lancôme', 'lancome.com'],
    ['Garnier', 'garnier.com'],
    ['Nivea', 'nivea.com'],
    ['Olay', 'olay.com'],
    ['Neutrogena', 'neutrogena.com'],
    ['Dove', 'dove.com'],
    ['Vaseline', 'vaseline.com'],
    ['MAC Cosmetics', 'maccosmetics.com', 'M·A·C'],
    ['Revlon', 'revlon.com'],
    ['Rimmel London', 'rimmellondon.com', 'Rimmel'],
    ['Bourjois', 'bourjois.com'],
    ['NARS', 'narscosmetics.com', 'NARS Cosmetics'],
    ['Charlotte Tilbury', 'charlottetilbury.com'],
    ['Urban Decay', 'urbandecay.com'],
    ['Smashbox', 'smashbox.com'],
    ['Bobbi Brown', 'bobbibrowncosmetics.com'],
    ["Kiehl's", 'kiehls.com'],
    ['Shiseido', 'shiseido.com'],
    ['SK-II', 'sk-ii.com'],
    ['Laneige', 'laneige.com'],
    ['Innisfree', 'innisfree.com'],
    ['COSRX', 'cosrx.com'],
    ['Sulwhasoo', 'sulwhasoo.com'],
    ['Beauty of Joseon', 'beautyofjoseon.com'],
    ['Aveeno', 'aveeno.com'],
    ['Eucerin', 'eucerin.com'],
    ['Bioderma', 'bioderma.com'],
    ['Vichy Laboratoires', 'vichy.com', 'Vichy'],
    ['Avène', 'avene.com', 'Eau Thermale Avène'],
    ['Cetaphil', 'cetaphil.com'],
    ['Bioré', 'biore.com'],
    ['Mario Badescu', 'mariobadescu.com'],
    ['First Aid Beauty', 'firstaidbeauty.com'],
    ['Youth to the People', 'youthtothepeople.com'],
    ['Supergoop!', 'supergoop.com', 'Supergoop'],
    ['Laura Mercier', 'lauramercier.com'],
    ['Pat McGrath Labs', 'patmcgrath.com'],
    ['Hourglass Cosmetics', 'hourglasscosmetics.com'],
    ['Milk Makeup', 'milkmakeup.com'],
    ['Makeup by Mario', 'makeupbymario.com'],
    ['Ilia Beauty', 'iliabeauty.com'],
    ['Kosas', 'kosas.com'],
    ['Merit Beauty', 'meritbeauty.com'],
    ['YSL Beauty', 'yslbeauty.com', 'Yves Saint Laurent Beauté'],
    ['Armani Beauty', 'armanibeauty.com'],
    ['Catrice', 'catrice.eu'],
    ['Essence Cosmetics', 'essence.eu'],
    ['Kérastase', 'kerastase.com'],
    ['Pantene', 'pantene.com'],
    ['Head & Shoulders', 'headandshoulders.com'],
    ['Herbal Essences', 'herbalessences.com'],
    ['TRESemmé', 'tresemme.com'],
    ['Schwarzkopf', 'schwarzkopf.com'],
    ['Redken', 'redken.com'],
    ['Moroccanoil', 'moroccanoil.com'],
  ]),
  ...ofCategory('perfumery', [
    ['Jo Malone London', 'jomalone.com', 'Jo Malone'],
    ['Le Labo', 'lelabofragrances.com'],
    ['Byredo', 'byredo.com'],
    ['Maison Francis Kurkdjian', 'franciskurkdjian.com'],
  ]),
  ...ofCategory('personal-care', [
    ['Old Spice', 'oldspice.com'],
    ['Axe', 'axe.com', 'Lynx'],
    ['Rexona', 'rexona.com'],
    ['Degree', 'degreedeodorant.com'],
  ]),
  ...ofCategory('oral-care', [
    ['Colgate', 'colgate.com'],
    ['Oral-B', 'oralb.com'],
    ['Crest', 'crest.com'],
    ['Sensodyne', 'sensodyne.com'],
    ['Listerine', 'listerine.com'],
    ['Hismile', 'hismileteeth.com'],
  ]),
  ...ofCategory('clothes', [
    ['Gymshark', 'gymshark.com'],
    ['Skims', 'skims.com'],
    ['Fashion Nova', 'fashionnova.com'],
    ['Shein', 'shein.com'],
    ['Princess Polly', 'princesspolly.com'],
    ['Alo Yoga', 'aloyoga.com', 'Alo'],
  ]),
  // Fashion houses, beauty, drinks, food, toys, media and travel brands that sponsored posts credit and no shop
  // dataset lists (read off the names an influencer-analytics API gave for "Paid partnership with …"). No alias
  // that is a place or a thing of its own: "Brunello" is a wine, "Belvedere" a palace, "Bethesda" a town.
  ...ofCategory('clothes', [
    ['Armani', 'armani.com', 'Giorgio Armani', 'Emporio Armani'],
    ['ASOS', 'asos.com'],
    ['Balmain', 'balmain.com'],
    ['Billabong', 'billabong.com'],
    ['boohoo', 'boohoo.com'],
    ['Bonprix', 'bonprix.de'],
    ['Carolina Herrera', 'carolinaherrera.com'],
    ['Dior', 'dior.com', 'Christian Dior'],
    ['Dsquared2', 'dsquared2.com', 'Dsquared'],
    ['Diane von Furstenberg', 'dvf.com', 'DVF'],
    ['Ferragamo', 'ferragamo.com', 'Salvatore Ferragamo'],
    ['Anna Sui', 'annasui.com'],
    ['Anne Klein', 'anneklein.com'],
    ['Antony Morato', 'antonymorato.com'],
    ['Aquascutum', 'aquascutum.com'],
    ['Belstaff', 'belstaff.com'],
    ['BCBGMAXAZRIA', 'bcbg.com', 'BCBG Max Azria', 'BCBG'],
    ['Elie Saab', 'eliesaab.com'],
    ['Chantelle', 'chantelle.com'],
    ['Chicwish', 'chicwish.com'],
    ['Ann Demeulemeester', 'anndemeulemeester.com'],
    ['Antik Batik', 'antikbatik.com'],
    ['Brunello Cucinelli', 'brunellocucinelli.com'],
  ]),
  ...ofCategory('shoes', [
    ['Aquazzura', 'aquazzura.com'],
    ['Giuseppe Zanotti', 'giuseppezanotti.com', 'Giuseppe Zanotti Design'],
    ['Baldinini', 'baldinini.it'],
    ['Ariat', 'ariat.com'],
    ['Asolo', 'asolo.com'],
  ]),
  ...ofCategory('jewelry', [
    ['BaubleBar', 'baublebar.com'],
    ['Boucheron', 'boucheron.com'],
  ]),
  ...ofCategory('watches', [
    ['Blancpain', 'blancpain.com'],
    ['Daniel Wellington', 'danielwellington.com'],
    ['Glashütte Original', 'glashuette-original.com', 'Glashütte'],
  ]),
  ...ofCategory('optician', [
    ['Gentle Monster', 'gentlemonster.com'],
  ]),
  ...ofCategory('cosmetics', [
    ['Arbonne', 'arbonne.com'],
    ['bareMinerals', 'bareminerals.com', 'Bare Escentuals'],
    ['Beautyblender', 'beautyblender.com'],
    ['Biotherm', 'biotherm.com'],
    ['BH Cosmetics', 'bhcosmetics.com'],
    ['Caudalie', 'caudalie.com'],
    ['Clarins', 'clarins.com'],
    ['Clean & Clear', 'cleanandclear.com'],
    ['Dermalogica', 'dermalogica.com'],
    ['DevaCurl', 'devacurl.com'],
    ['EcoTools', 'ecotools.com'],
    ['Embryolisse', 'embryolisse.com'],
    ['Erborian', 'erborian.com'],
    ['essie', 'essie.com'],
    ['GlamGlow', 'glamglow.com'],
    ['Guerlain', 'guerlain.com'],
    ['Girlactik', 'girlactik.com'],
    ['China Glaze', 'chinaglaze.com'],
    ['Gerard Cosmetics', 'gerardcosmetics.com'],
    ['Goldwell', 'goldwell.com'],
    ['Clairol', 'clairol.com'],
    ['Birchbox', 'birchbox.com'],
    ['Boxycharm', 'boxycharm.com'],
    ['Glossybox', 'glossybox.com'],
  ]),
  ...ofCategory('perfumery', [
    ['Cacharel', 'cacharel.com'],
  ]),
  ...ofCategory('gift', [
    ['FabFitFun', 'fabfitfun.com'],
  ]),
  ...ofCategory('alcohol', [
    ['Amstel', 'amstel.com'],
    ['Ardbeg', 'ardbeg.com'],
    ["Ballantine's", 'ballantines.com'],
    ['Belvedere Vodka', 'belvederevodka.com'],
    ['Bitburger', 'bitburger.de'],
    ['Bud Light', 'budlight.com'],
    ['Carling', 'carling.com'],
    ['Chivas Regal', 'chivas.com', 'Chivas'],
    ['Cîroc', 'ciroc.com', 'Ciroc'],
    ['Erdinger', 'erdinger.de'],
    ['Glenfiddich', 'glenfiddich.com'],
    ['Havana Club', 'havana-club.com'],
    ['Hacker-Pschorr', 'hacker-pschorr.de'],
    ['Ayinger', 'ayinger.de'],
  ]),
  ...ofCategory('beverages', [
    ['Apollinaris', 'apollinaris.de'],
    ['Granini', 'granini.com'],
    ['Folgers', 'folgerscoffee.com'],
    ['Dallmayr', 'dallmayr.com'],
  ]),
  ...ofCategory('food', [
    ["Campbell's", 'campbells.com'],
    ['Danone', 'danone.com'],
    ['Dr. Oetker', 'oetker.com'],
    ['Heinz', 'heinz.com'],
  ]),
  ...ofCategory('confectionery', [
    ['Ferrero', 'ferrero.com'],
  ]),
  ...ofCategory('nutrition-supplements', [
    ['Foodspring', 'foodspring.com'],
    ['Dymatize', 'dymatize.com'],
    ['Cellucor', 'cellucor.com'],
    ['Herbalife', 'herbalife.com'],
  ]),
  ...ofCategory('toys', [
    ['Hasbro', 'hasbro.com'],
    ['Fisher-Price', 'fisher-price.com'],
    ['Barbie', ''],
  ]),
  ...ofCategory('video-games', [
    ['Bethesda Softworks', 'bethesda.net'],
    ['Electronic Arts', 'ea.com', 'EA'],
    ['Bandai Namco', 'bandainamcoent.com'],
  ]),
  ...ofCategory('media', [
    ['ESPN', 'espn.com'],
    ['Eurosport', 'eurosport.com'],
    ['Cartoon Network', 'cartoonnetwork.com'],
    ['Comedy Central', 'cc.com'],
    ['DreamWorks', 'dreamworks.com'],
    ['beIN Sports', 'beinsports.com'],
  ]),
  ...ofCategory('airline', [
    ['Cathay Pacific', 'cathaypacific.com'],
    ['Garuda Indonesia', 'garuda-indonesia.com'],
  ]),
  ...ofCategory('travel-agency', [
    ['Eurostar', 'eurostar.com'],
    ['Couchsurfing', 'couchsurfing.com'],
    ['Backroads', 'backroads.com'],
  ]),
  ...ofCategory('camera', [
    ['Hasselblad', 'hasselblad.com'],
    ['ARRI', 'arri.com'],
    ['Elinchrom', 'elinchrom.com'],
  ]),
  ...ofCategory('electronics', [
    ['Blaupunkt', 'blaupunkt.com'],
  ]),
  ...ofCategory('appliance', [
    ['Electrolux', 'electrolux.com'],
  ]),
  ...ofCategory('computer', [
    ['ASRock', 'asrock.com'],
  ]),
  ...ofCategory('sports', [
    ['Everlast', 'everlast.com'],
    ['Freeletics', 'freeletics.com'],
  ]),
  ...ofCategory('bicycle', [
    ['Cannondale', 'cannondale.com'],
  ]),
  ...ofCategory('stationery', [
    ['Faber-Castell', 'faber-castell.com'],
  ]),
  ...ofCategory('furniture', [
    ['Crate & Barrel', 'crateandbarrel.com', 'Crate and Barrel'],
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
 * their own, and those with other categories that share the sponsor's site), and returns the sponsor brands the catalogue lacks, as new drafts (added to `byName` too).
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
        if (brand.categories.length === 0) {
          brand.categories = [...sponsor.categories];
          for (const domain of sponsor.domains) if (!brand.domains.includes(domain)) brand.domains.push(domain);
          categorised++;
        } else if (sponsor.domains.some((domain) => brand.domains.includes(domain))) {
          // The same company by its site: a map lists Coca-Cola as a vending machine, a clause as a drink.
          const missing = sponsor.categories.filter((category) => !brand.categories.includes(category));
          if (missing.length === 0) continue;
          brand.categories = [...brand.categories, ...missing];
          categorised++;
        }
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
