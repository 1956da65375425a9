/**
 * The "Gut–Skin Check" block in the editor: a sidebar to choose the language, how the check is
 * embedded and the blogger's own content file, and a preview that is the widget itself, showing
 * its intro as readers will see it. Plain JavaScript on WordPress's own packages: no build step.
 * The block is printed by render.php, so nothing is saved but its attributes.
 */
( function ( blocks, element, blockEditor, components, data, i18n ) {
	'use strict';

	var el = element.createElement;
	var __ = i18n.__;
	var sprintf = i18n.sprintf;
	var settings = window.gutSkinCheckEditor || { loader: '', languages: [], siteLanguage: 'en', saved: {}, wordsPage: '' };

	/**
	 * The widget's loader, loaded once into the document the preview is in (the editor's, or the
	 * canvas's own where the editor puts its canvas in a frame): it fills every preview element.
	 */
	var loaded = [];
	function loadWidget( doc ) {
		if ( loaded.indexOf( doc ) !== -1 || ! settings.loader ) {
			return;
		}
		loaded.push( doc );
		// A module: classic scripts cannot import it, so it is added as a module script.
		var script = doc.createElement( 'script' );
		script.type = 'module';
		script.src = settings.loader;
		doc.head.appendChild( script );
	}

	function languageName( code ) {
		var found = settings.languages.filter( function ( language ) {
			return language.code === code;
		} )[ 0 ];
		return found ? found.name : code;
	}

	/**
	 * The widget itself, inert: a new element for every change of language or file, since the
	 * loader mounts each element once.
	 */
	function Preview( props ) {
		var box = element.useRef( null );
		element.useEffect(
			function () {
				var doc = box.current.ownerDocument;
				var host = doc.createElement( 'div' );
				host.setAttribute( 'data-gut-skin-check', '' );
				host.setAttribute( 'data-lang', props.lang );
				if ( props.content ) {
					host.setAttribute( 'data-content', props.content );
				}
				box.current.replaceChildren( host );
				loadWidget( doc );
			},
			[ props.lang, props.content ]
		);
		element.useEffect( function () {
			// Readers click it; in the editor a click selects the block, and Tab passes it by.
			box.current.setAttribute( 'inert', '' );
		}, [] );
		return el( 'div', { className: 'gut-skin-check-preview', ref: box } );
	}

	function ContentFile( props ) {
		var media = data.useSelect(
			function ( select ) {
				return props.id ? select( 'core' ).getMedia( props.id ) : null;
			},
			[ props.id ]
		);
		var chosen = media ? media.source_url.split( '/' ).pop() : '';
		var ownWords = props.id
			? sprintf( /* translators: %s: a file name. */ __( 'Your content file: %s', 'gut-skin-check' ), chosen || '…' )
			: settings.saved[ props.lang ]
			? __( 'The words saved for your site in this language (Tools → Gut–Skin Check words).', 'gut-skin-check' )
			: __( 'The widget’s own words, in the language above.', 'gut-skin-check' );
		return el(
			'div',
			{ className: 'gut-skin-check-content-file' },
			el( components.BaseControl.VisualLabel, {}, __( 'Your own words', 'gut-skin-check' ) ),
			el( 'p', {}, ownWords ),
			el(
				blockEditor.MediaUploadCheck,
				{},
				el( blockEditor.MediaUpload, {
					allowedTypes: [ 'application/json' ],
					value: props.id,
					title: __( 'Your content file', 'gut-skin-check' ),
					onSelect: function ( file ) {
						props.onChange( file.id );
					},
					render: function ( upload ) {
						return el(
							components.Button,
							{ variant: 'secondary', onClick: upload.open },
							props.id ? __( 'Choose another file', 'gut-skin-check' ) : __( 'Choose your content file', 'gut-skin-check' )
						);
					},
				} )
			),
			props.id
				? el(
						components.Button,
						{
							variant: 'link',
							isDestructive: true,
							onClick: function () {
								props.onChange( 0 );
							},
						},
						__( 'Use the widget’s own words', 'gut-skin-check' )
				  )
				: null,
			el(
				'p',
				{ className: 'components-base-control__help' },
				__( 'A copy of the widget’s content/en.json with your words, checked with check-content.mjs before you upload it. Only administrators can upload .json files.', 'gut-skin-check' )
			),
			props.id && props.embed === 'iframe'
				? el(
						components.Notice,
						{ status: 'warning', isDismissible: false },
						__( 'Your own content file is used when the check sits in the page; the frame shows the widget’s own words.', 'gut-skin-check' )
				  )
				: null
		);
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var media = data.useSelect(
			function ( select ) {
				return attributes.contentId ? select( 'core' ).getMedia( attributes.contentId ) : null;
			},
			[ attributes.contentId ]
		);
		var lang = attributes.lang === 'site' ? settings.siteLanguage : attributes.lang;
		// As render.php chooses: the block's own file, else the words saved for its language.
		var content = '';
		if ( attributes.embed === 'element' ) {
			content = attributes.contentId ? ( media && media.source_url ) || '' : settings.saved[ lang ] || '';
		}
		var languages = [
			{
				value: 'site',
				label: sprintf(
					/* translators: %s: a language's name, such as "English". */
					__( 'The site’s language (%s)', 'gut-skin-check' ),
					languageName( settings.siteLanguage )
				),
			},
		].concat(
			settings.languages.map( function ( language ) {
				return { value: language.code, label: language.name };
			} )
		);

		return el(
			element.Fragment,
			{},
			el(
				blockEditor.InspectorControls,
				{},
				el(
					components.PanelBody,
					{ title: __( 'Gut–Skin Check', 'gut-skin-check' ) },
					el( components.SelectControl, {
						label: __( 'Language', 'gut-skin-check' ),
						value: attributes.lang,
						options: languages,
						onChange: function ( value ) {
							props.setAttributes( { lang: value } );
						},
					} ),
					el( components.RadioControl, {
						label: __( 'Embedding', 'gut-skin-check' ),
						selected: attributes.embed,
						options: [
							{ value: 'element', label: __( 'In the page', 'gut-skin-check' ) },
							{ value: 'iframe', label: __( 'In a frame (iframe)', 'gut-skin-check' ) },
						],
						help:
							attributes.embed === 'iframe'
								? __( 'The widget’s own page, in a frame sized to fit it.', 'gut-skin-check' )
								: __( 'The widget fills its place in the post; your theme’s styles cannot reach it.', 'gut-skin-check' ),
						onChange: function ( value ) {
							props.setAttributes( { embed: value } );
						},
					} ),
					el( ContentFile, {
						id: attributes.contentId,
						lang: lang,
						embed: attributes.embed,
						onChange: function ( id ) {
							props.setAttributes( { contentId: id } );
						},
					} )
				)
			),
			el(
				'div',
				blockEditor.useBlockProps(),
				el( Preview, { lang: lang, content: content } ),
				el(
					'p',
					{ className: 'gut-skin-check-preview-note' },
					attributes.embed === 'iframe'
						? __( 'Shown to readers in a frame. They take the check on the published post.', 'gut-skin-check' )
						: __( 'Readers take the check on the published post.', 'gut-skin-check' )
				)
			)
		);
	}

	blocks.registerBlockType( 'gut-skin-check/check', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.data, window.wp.i18n );
