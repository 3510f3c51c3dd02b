# Birlik interface strings: Turkish.

## Sayfa çerçevesi
site-name = Birlik
site-tagline = Türk Devletleri Teşkilatının sivil toplum kuruluşları platformu
skip-to-content = İçeriğe geç
nav-main = Ana gezinme
nav-organizations = Kuruluşlar
nav-people = Kişiler
nav-places = Yerler
nav-countries = Ülkeler
search-label = Herhangi bir adı, herhangi bir alfabede arayın
search-placeholder = Herhangi bir ad, herhangi bir alfabe
search-button = Ara
footer-api = API (OpenAPI)
language-switcher = Dil

## Ana sayfa
home-lead = Türk dünyasının sivil toplum kuruluşlarının birbirini bulduğu, doğrulandığı, forumlarda buluştuğu ve birlikte çalıştığı platform.
home-chair = Dönem Başkanı: { $country }
home-chair-since = { $date } tarihinden beri
home-seat = Merkez: { $place }
count-organizations = { $count } kuruluş
count-people = { $count } kişi
count-places = { $count } yer
home-no-network = Henüz yapılandırılmış bir ağ yok. Tanıtım ağını görmek için boş bir veri dizininde “birlik serve --demo” komutuyla başlatın veya kayıtları “birlik import” komutuyla içe aktarın.
home-countries = Üye ve gözlemci ülkeler
home-latest = Son eklenen veya güncellenenler
home-nothing-yet = Burada henüz bir şey yok.
home-all-organizations = Tüm kuruluşlar →

## Üyelik
status-member = üye
status-observer = gözlemci
status-chair = dönem başkanı
status-chairs-network = Ağın dönem başkanı
status-since = { $date } tarihinden beri

## Kayıt türleri
kind-organization = Kuruluş
kind-person = Kişi
kind-place = Yer

## Dizin
directory-country = Ülke
directory-all-countries = Tüm ülkeler
directory-area = İş birliği alanı
directory-all-areas = Tüm alanlar
directory-filter = Filtrele
directory-clear = Filtreleri temizle
directory-filtered = filtrelenmiş
directory-empty = Gösterilecek bir şey yok.
directory-previous-page = ← Önceki sayfa
directory-position = { $total } kayıttan { $from }–{ $to }
directory-pages = Listenin sayfaları
directory-next-page = Sonraki sayfa →

## Kayıt sayfası
record-names = Adlar
record-name = Ad
record-language = Dil
record-script = Alfabe
record-details = Ayrıntılar
record-areas = İş birliği alanları
record-website = Web sitesi
record-founded = Kuruluş yılı: { $year }
record-about = Hakkında
record-no-translation = Henüz bu dile çevrilmedi ({ $language }); yazıldığı dilde gösteriliyor.
record-json = Bu kaydın JSON biçimi

## Ülkeler
countries-title = Ülkeler
countries-in-network = Ağdaki ülkeler
countries-others = Dizindeki diğer ülkeler
country-organizations = Kuruluşlar
country-no-organizations = { $country } ülkesinden henüz kuruluş yok.
country-all-organizations = { $country } ülkesindeki tüm kuruluşlar →

## Arama
search-title = Arama
search-hint = Herhangi bir dilde veya alfabede herhangi bir ad: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count } sonuç
search-took = { $ms } ms
search-nothing = “{ $query }” ile eşleşen bir şey bulunamadı.
search-did-you-mean = Şunu mu demek istediniz:
search-no-exact = “{ $query }” için tam eşleşme yok; en yakın sonuçlar:
search-refine = Sonuçları daralt
search-facet-type = Tür
search-facet-country = Ülke
search-facet-area = İş birliği alanı
search-remove-filter = { $label } filtresini kaldır
search-previous = ← Önceki
search-next = Sonraki →

## Hatalar
error-title-400 = İstek yanıtlanamıyor
error-title-404 = Bulunamadı
error-title-414 = Adres çok uzun
error-title-500 = Bir şeyler ters gitti
error-back-home = Ana sayfaya dön

## Diller (dil adları, bu dilde)
language-az = Azerbaycan Türkçesi
language-tr = Türkçe
language-uz = Özbekçe
language-kk = Kazakça
language-ky = Kırgızca
language-tk = Türkmence
language-hu = Macarca
language-ru = Rusça
language-en = İngilizce

## İş birliği alanları
area-agriculture = Tarım ve kırsal yaşam
area-animals = Hayvanların korunması
area-business = Girişimcilik ve iş dünyası
area-charity = Hayırseverlik
area-children = Çocuklar
area-culture = Kültür ve sanat
area-digital = Dijital teknolojiler
area-disability = Engellilik ve kapsayıcılık
area-ecology = Ekoloji ve çevre
area-education = Eğitim
area-family = Aile
area-health = Sağlık
area-heritage = Kültürel miras
area-human-rights = İnsan hakları
area-media = Medya ve gazetecilik
area-migration = Göç
area-peace = Barış ve uzlaşma
area-science = Bilim ve araştırma
area-sport = Spor
area-tourism = Turizm
area-veterans = Gaziler
area-volunteering = Gönüllülük
area-water = Su
area-women = Kadınlar
area-youth = Gençlik
record-original = özgün
